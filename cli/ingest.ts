// `vanthu ingest PATH...`: store and queue every document, then (unless --no-local-workers) show a
// progress bar on stderr until each one is indexed or failed, and print a summary. Workers already
// running somewhere do the work; when a queue has none, this process starts its own for the run.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import cliProgress from 'cli-progress';
import { config } from '../config.ts';
import { createLogger } from '../workers/logger.ts';
import { QUEUE_NAMES, queuesWithWorkers } from '../workers/queues.ts';
import { checkElasticsearch, openRuntime } from '../app/runtime.ts';
import type { RunningWorkers } from '../workers/start.ts';
import { waitForDocuments, type DocumentState } from '../workers/progress.ts';
import { collectFiles } from './files.ts';
import { onSignals } from './signals.ts';

export interface IngestOptions {
  json?: boolean;
  localWorkers?: boolean; // commander: --no-local-workers sets false
  verbose?: boolean;
}

export interface IngestSummary {
  indexed: number;
  duplicates: number;
  failed: { file: string; reason: string }[];
}

export async function ingestCommand(paths: string[], options: IngestOptions): Promise<number> {
  const cfg = config();
  // Logs of in-process workers go to stderr, errors only unless --verbose, so the bar stays readable
  // (bad files and retries are in the summary).
  const logger = createLogger(options.verbose ? cfg.logLevel : 'error', 2);
  const rt = await openRuntime(cfg, { logger, require: { redis: true, elasticsearch: false } });
  const local: RunningWorkers[] = [];
  const closeLocal = () => Promise.all(local.map((w) => w.close()));
  /** Start workers in this process for every queue that has none (at the start, and again if the
   *  workers we relied on go away, so the wait cannot hang for ever). */
  const staffQueues = async (first: boolean) => {
    const staffed = await queuesWithWorkers(rt.queues);
    const missing = QUEUE_NAMES.filter((q) => !staffed.has(q));
    if (!missing.length) return;
    if (first) await checkElasticsearch(rt.searchIndex, cfg.elasticsearch.url);
    else process.stderr.write(`\nvanthu: no worker on queue(s) ${missing.join(', ')} any more; starting them here\n`);
    local.push(await rt.startWorkers({ queueNames: missing }));
  };
  const stopSignals = onSignals(async (signal) => {
    process.stderr.write(`\nvanthu: ${signal}: stopping (jobs in flight finish first; again to quit now)\n`);
    await closeLocal();
    await rt.close();
    process.exit(130);
  });
  try {
    const { files, missing } = await collectFiles(paths);
    const failed: IngestSummary['failed'] = [...missing];
    if (files.length === 0 && failed.length === 0) {
      process.stderr.write('vanthu: no documents found (PDF, DOCX or images)\n');
      return 1;
    }

    const wait = options.localWorkers !== false;
    if (wait) await staffQueues(true);

    const fileOf = new Map<string, string>(); // document id -> first file with those bytes
    let sameAsAnother = 0;
    for (const file of files) {
      try {
        const size = (await stat(file)).size;
        if (size > cfg.maxFileBytes) {
          failed.push({ file, reason: `too large: ${size} bytes, the limit is ${cfg.maxFileBytes}` });
          continue;
        }
        const [ingested] = await rt.ingest([{ name: path.basename(file), bytes: await readFile(file) }]);
        if (!ingested) continue;
        if (fileOf.has(ingested.id)) sameAsAnother++;
        else fileOf.set(ingested.id, file);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR') failed.push({ file, reason: code === 'ENOENT' ? 'file not found' : code === 'EACCES' ? 'permission denied' : 'is a directory' });
        else throw error;
      }
    }

    if (!wait) {
      const out = { queued: fileOf.size, failed };
      if (options.json) process.stdout.write(`${JSON.stringify(out)}\n`);
      else {
        process.stdout.write(`queued ${fileOf.size} document(s); workers will index them (vanthu worker)\n`);
        for (const f of failed) process.stdout.write(`  failed: ${f.file}: ${f.reason}\n`);
      }
      return failed.length ? 1 : 0;
    }

    const bar = new cliProgress.SingleBar(
      { stream: process.stderr, format: 'indexing [{bar}] {value}/{total} documents | failed {failed}', hideCursor: true, clearOnComplete: true },
      cliProgress.Presets.shades_classic,
    );
    const showBar = process.stderr.isTTY && !options.json;
    if (showBar) bar.start(fileOf.size, 0, { failed: 0 });
    let states: Map<string, DocumentState>;
    let staffing: Promise<void> = Promise.resolve();
    const watchdog = setInterval(() => {
      staffing = staffing.then(() => staffQueues(false)).catch(() => {});
    }, 10_000);
    try {
      states = await waitForDocuments(rt.records, fileOf.keys(), {
        onProgress: (done) => {
          if (showBar) bar.update(done.size, { failed: [...done.values()].filter((s) => s.state === 'failed').length });
        },
      });
    } finally {
      clearInterval(watchdog);
      await staffing; // workers it may be starting are closed with the others below
      if (showBar) bar.stop();
    }

    const summary: IngestSummary = { indexed: 0, duplicates: 0, failed };
    const duplicates: string[] = [];
    for (const [id, s] of states) {
      const file = fileOf.get(id)!;
      if (s.state === 'failed') failed.push({ file, reason: s.reason });
      else if (s.state === 'indexed') {
        summary.indexed++;
        if (s.duplicateOf.length) {
          summary.duplicates++;
          duplicates.push(`${file}: possible duplicate of ${s.duplicateOf.join(', ')}`);
        }
      }
    }
    if (options.json) process.stdout.write(`${JSON.stringify(summary)}\n`);
    else {
      const lines = [`indexed ${summary.indexed} document(s)${sameAsAnother ? ` (${sameAsAnother} file(s) were the same bytes as another)` : ''}`];
      lines.push(`possible duplicates (same number and issuer): ${summary.duplicates}`, ...duplicates.map((d) => `  ${d}`));
      lines.push(`failed: ${failed.length}`, ...failed.map((f) => `  ${f.file}: ${f.reason}`));
      process.stdout.write(`${lines.join('\n')}\n`);
    }
    return failed.length ? 1 : 0;
  } finally {
    stopSignals();
    await closeLocal();
    await rt.close();
  }
}
