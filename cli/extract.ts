// `vanthu extract FILE...`: one JSON record per line on stdout; a file that fails prints one
// line naming it and the reason on stderr, the others still run, and the exit code says so.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { config } from '../config.ts';
import { isBadInput } from '../pipeline/errors.ts';
import { shutdownOcr } from '../pipeline/ocr/engine.ts';
import { processLetters } from '../pipeline/split/process-letters.ts';

export interface ExtractOptions {
  pretty?: boolean;
}

function reasonOf(error: unknown): string {
  if (isBadInput(error)) return error.message;
  if (error && typeof error === 'object' && 'code' in error && error.code === 'ENOENT') return 'file not found';
  if (error && typeof error === 'object' && 'code' in error && error.code === 'EISDIR') return 'is a directory';
  return `internal error: ${error instanceof Error ? error.message : String(error)}`;
}

export async function extractCommand(files: string[], options: ExtractOptions): Promise<number> {
  const cfg = config();
  let failed = 0;
  try {
    for (const file of files) {
      try {
        const bytes = await readFile(file);
        // A batch scan gives one record per letter (each with splitFrom naming the original).
        const { letters } = await processLetters({ name: path.basename(file), bytes }, { ocr: cfg.ocr, maxFileBytes: cfg.maxFileBytes });
        for (const { record } of letters) process.stdout.write(`${JSON.stringify(record, null, options.pretty ? 2 : undefined)}\n`);
      } catch (error) {
        failed++;
        process.stderr.write(`vanthu: ${file}: ${reasonOf(error)}\n`);
      }
    }
  } finally {
    await shutdownOcr();
  }
  return failed ? 1 : 0;
}
