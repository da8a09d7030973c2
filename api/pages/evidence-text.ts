// The record's text with each field's evidence span marked (<mark id="ev-FIELD">), so the field
// list can link to where each value was read. Overlapping spans: the earlier one wins.
import type { Evidence } from '../../schemas/evidence.ts';
import { FIELD_LABEL } from './format.ts';
import { html, type Html } from './html.ts';

export function markedText(text: string, evidence: Record<string, Evidence>): Html {
  const spans = Object.entries(evidence)
    .filter(([, e]) => e.start < e.end && e.end <= text.length)
    .sort((a, b) => a[1].start - b[1].start || b[1].end - a[1].end);
  const parts: (string | Html)[] = [];
  let at = 0;
  for (const [field, e] of spans) {
    if (e.start < at) continue;
    parts.push(text.slice(at, e.start));
    parts.push(html`<mark id="ev-${field}" tabindex="-1" title="${FIELD_LABEL[field] ?? field}">${text.slice(e.start, e.end)}</mark>`);
    at = e.end;
  }
  parts.push(text.slice(at));
  return html`${parts}`;
}
