// `vanthu obligations [--due-before D] [--due-after D] [--assignee X] [--status S] [--json]`:
// the tracked obligations, soonest due first, with who has not answered yet.
import { config } from '../config.ts';
import { createSearchIndex } from '../search/es-index.ts';
import type { ObligationQuery } from '../search/contract.ts';
import { checkElasticsearch } from '../app/runtime.ts';

export interface ObligationsOptions {
  dueBefore?: string;
  dueAfter?: string;
  assignee?: string;
  status?: ObligationQuery['status'];
  size?: number;
  json?: boolean;
}

const STATUS_VI = { open: 'đang mở', fulfilled: 'đã hoàn thành', overdue: 'quá hạn' } as const;
const dmy = (iso: string | null) => (iso ? iso.split('-').reverse().join('/') : '—');

export async function obligationsCommand(options: ObligationsOptions): Promise<number> {
  const cfg = config();
  const index = createSearchIndex(cfg.elasticsearch);
  try {
    await checkElasticsearch(index, cfg.elasticsearch.url);
    const result = await index.searchObligations({
      ...(options.dueBefore ? { dueTo: options.dueBefore } : {}),
      ...(options.dueAfter ? { dueFrom: options.dueAfter } : {}),
      ...(options.assignee ? { assignee: options.assignee } : {}),
      ...(options.status ? { status: options.status } : {}),
      size: options.size ?? 100,
    });
    if (options.json) {
      process.stdout.write(`${JSON.stringify(result)}\n`);
      return 0;
    }
    const { open, fulfilled, overdue } = result.counts;
    const lines = [`${result.total} obligation(s): ${open} open, ${overdue} overdue, ${fulfilled} fulfilled`];
    result.items.forEach((o, i) => {
      const when = o.due ? dmy(o.due) : o.recurrence ? `${o.recurrence.frequencies.join(', ')}; next ${dmy(o.nextDue)}` : 'no date';
      lines.push(`${i + 1}. [${STATUS_VI[o.status]}] ${when} — ${o.source.number ?? o.documentId.slice(0, 12)}`);
      lines.push(`   ${o.action.slice(0, 160)}`);
      lines.push(`   assignees: ${o.assignees.join('; ') || '—'}`);
      if (o.fulfilments.length) lines.push(`   answered: ${o.fulfilments.map((f) => `${f.unit} (${f.number ?? f.documentId.slice(0, 12)})`).join('; ')}`);
      if (o.reportTo) lines.push(`   report to: ${o.reportTo}`);
    });
    process.stdout.write(`${lines.join('\n')}\n`);
    return 0;
  } finally {
    await index.close();
  }
}
