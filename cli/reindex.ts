// `vanthu reindex`: rebuild the search indices from the store (the system of record) into new
// indices, then move the aliases: searches keep their results throughout. Skipped records are listed.
import { config } from '../config.ts';
import { createSearchIndex } from '../search/es-index.ts';
import { documentReader, openSystemOfRecord } from '../app/database.ts';
import { createLogger } from '../workers/logger.ts';
import { reindex } from '../workers/reindex.ts';
import { checkElasticsearch } from '../app/runtime.ts';

export async function reindexCommand(options: { json?: boolean }): Promise<number> {
  const cfg = config();
  const searchIndex = createSearchIndex(cfg.elasticsearch);
  const sor = await openSystemOfRecord(cfg);
  try {
    await checkElasticsearch(searchIndex, cfg.elasticsearch.url);
    const tty = process.stderr.isTTY && !options.json;
    const result = await reindex({
      store: documentReader(sor.records, sor.blobs),
      searchIndex,
      logger: createLogger('warn', 2),
      ...(tty ? { onProgress: (n: number) => process.stderr.write(`\rindexed ${n} record(s)…`) } : {}),
    });
    if (tty) process.stderr.write('\n');
    const count = await searchIndex.count();
    if (options.json) {
      process.stdout.write(`${JSON.stringify({ indexed: result.indexed, count, index: result.index, skipped: result.skipped, ms: result.ms })}\n`);
    } else {
      process.stdout.write(`reindexed ${result.indexed} record(s) from PostgreSQL into ${result.index} in ${(result.ms / 1000).toFixed(1)} s; the index holds ${count}\n`);
      for (const s of result.skipped) process.stdout.write(`skipped ${s.id}: ${s.reason}\n`);
    }
    // Skipped records are reported, not fatal; the exit code still says some were left out.
    return result.skipped.length ? 1 : 0;
  } finally {
    await sor.close();
    await searchIndex.close();
  }
}
