// HTML built with a tagged template that escapes every interpolated value unless it is already
// Html (the result of another html`` or of raw()). Arrays are joined; null, undefined and false
// render as nothing.
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/** Trusted markup: only for strings this code built (never user or document text). */
export const raw = (s: string): Html => new Html(s);

function render(value: unknown): string {
  if (value instanceof Html) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  if (value === null || value === undefined || value === false) return '';
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: unknown[]): Html {
  let out = strings[0]!;
  values.forEach((v, i) => {
    out += render(v) + strings[i + 1]!;
  });
  return new Html(out);
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#x27;': "'", '&#39;': "'", '&#x2F;': '/' };

/**
 * A search highlight from Elasticsearch (its html encoder escapes the text and wraps matches in
 * <em>): back to plain text with the marks kept aside, then escaped here, the marks as <mark>.
 */
export function highlight(fragment: string): Html {
  const plain = fragment
    .replace(/<em>/g, '\u0001')
    .replace(/<\/em>/g, '\u0002')
    .replace(/&(amp|lt|gt|quot|#x27|#39|#x2F);/g, (e) => ENTITIES[e] ?? e);
  return raw(escapeHtml(plain).replace(/\u0001/g, '<mark>').replace(/\u0002/g, '</mark>'));
}
