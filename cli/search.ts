// `vanthu search "query" [--doc-type X] [--json]`: full-text search (diacritics-insensitive) over
// the index, best first, with highlighted fragments.
import { config } from '../config.ts';
import { createSearchIndex } from '../search/es-index.ts';
import { checkElasticsearch } from '../app/runtime.ts';

export interface SearchOptions {
  docType?: string;
  issuer?: string;
  from?: string;
  to?: string;
  size?: number;
  page?: number;
  json?: boolean;
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#x27;': "'", '&#39;': "'", '&#x2F;': '/' };

/** Elasticsearch's HTML-encoded fragment as plain text, `<em>` marks shown as bold on a terminal. */
function terminalHighlight(fragment: string, tty: boolean): string {
  const marked = fragment.replace(/\s+/g, ' ').trim();
  const [open, close] = tty ? ['\x1b[1m', '\x1b[22m'] : ['', ''];
  return marked
    .replace(/<em>/g, open)
    .replace(/<\/em>/g, close)
    .replace(/&(amp|lt|gt|quot|#x27|#39|#x2F);/g, (e) => ENTITIES[e] ?? e);
}

export async function searchCommand(q: string, options: SearchOptions): Promise<number> {
  const cfg = config();
  const index = createSearchIndex(cfg.elasticsearch);
  try {
    await checkElasticsearch(index, cfg.elasticsearch.url);
    const result = await index.search({
      q,
      ...(options.docType ? { docType: options.docType } : {}),
      ...(options.issuer ? { issuer: options.issuer } : {}),
      ...(options.from ? { from: options.from } : {}),
      ...(options.to ? { to: options.to } : {}),
      ...(options.size ? { size: options.size } : {}),
      ...(options.page ? { page: options.page } : {}),
    });
    if (options.json) {
      const hits = result.hits.map((h) => ({ id: h.id, number: h.number, subject: h.subject, score: h.score, highlight: h.highlight }));
      process.stdout.write(`${JSON.stringify({ total: result.total, hits })}\n`);
      return 0;
    }
    const tty = process.stdout.isTTY === true;
    const lines = [`${result.total} document(s)`];
    result.hits.forEach((h, i) => {
      const title = [h.docType, h.number].filter(Boolean).join(' ') || h.id.slice(0, 12);
      lines.push(`${i + 1}. ${title}${h.issuedDate ? ` (${h.issuedDate})` : ''}${h.score !== null ? `  score ${h.score.toFixed(2)}` : ''}`);
      if (h.subject) lines.push(`   ${h.subject}`);
      for (const fragment of h.highlight.slice(0, 2)) lines.push(`   … ${terminalHighlight(fragment, tty)} …`);
      lines.push(`   id ${h.id}`);
    });
    process.stdout.write(`${lines.join('\n')}\n`);
    return 0;
  } finally {
    await index.close();
  }
}
