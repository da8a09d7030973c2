// `vanthu migrate`: create the versioned index (<prefix>-documents-v1) if missing and point the
// alias readers use (<prefix>-documents) at it. Safe to repeat.
import { config } from '../config.ts';
import { createSearchIndex } from '../search/es-index.ts';
import { checkElasticsearch } from '../workers/runtime.ts';

export async function migrateCommand(): Promise<number> {
  const cfg = config();
  const searchIndex = createSearchIndex(cfg.elasticsearch);
  try {
    await checkElasticsearch(searchIndex, cfg.elasticsearch.url);
    await searchIndex.migrate();
    process.stdout.write(`index ${cfg.elasticsearch.index}-documents-v1 ready behind alias ${cfg.elasticsearch.index}-documents (${await searchIndex.count()} documents)\n`);
    return 0;
  } finally {
    await searchIndex.close();
  }
}
