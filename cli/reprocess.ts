// `vanthu reprocess [--all | --before-version N | ID...]`: extract documents again with this
// pipeline (PIPELINE_VERSION). Corrections people made are laid over the new extraction, and each
// record keeps the pipeline version that made it.
import { config } from '../config.ts';
import { isDocumentId } from '../domain/document-id.ts';
import { openRuntime } from '../app/runtime.ts';
import { PIPELINE_VERSION } from '../pipeline/version.ts';
import { createLogger } from '../workers/logger.ts';

export interface ReprocessOptions {
  all?: boolean;
  beforeVersion?: number;
  json?: boolean;
}

export async function reprocessCommand(ids: string[], options: ReprocessOptions): Promise<number> {
  const chosen = [options.all, options.beforeVersion !== undefined, ids.length > 0].filter(Boolean).length;
  if (chosen !== 1) {
    process.stderr.write('vanthu: reprocess needs exactly one of --all, --before-version N or document ids\n');
    return 2;
  }
  const bad = ids.filter((id) => !isDocumentId(id));
  if (bad.length) {
    process.stderr.write(`vanthu: not a document id (64 lowercase hex digits): ${bad.join(', ')}\n`);
    return 2;
  }
  const rt = await openRuntime(config(), { logger: createLogger('warn', 2), require: { elasticsearch: false } });
  try {
    const target = ids.length ? { ids } : options.all ? {} : { pipelineBefore: options.beforeVersion! };
    const { queued, missing } = await rt.documents.reprocess(target);
    if (options.json) process.stdout.write(`${JSON.stringify({ queued: queued.length, missing, pipelineVersion: PIPELINE_VERSION })}\n`);
    else {
      process.stdout.write(`queued ${queued.length} document(s) for extraction with pipeline version ${PIPELINE_VERSION}; workers (vanthu worker) will run them\n`);
      for (const id of missing) process.stdout.write(`  no document ${id}\n`);
    }
    return missing.length ? 1 : 0;
  } finally {
    await rt.close();
  }
}
