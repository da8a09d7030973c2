// edXML (QCVN 102:2016) on the command line:
//   vanthu export --edxml ID|FILE [--to ID,ID]   a package on stdout (a stored document, or a file extracted now)
//   vanthu ingest FILE.edxml                     the attachment registered as an incoming letter
//   vanthu edxml-status ID CODE                  a status message (01, 03, 04, 05, 06) for a registered letter
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { openRuntime, type Runtime } from '../app/runtime.ts';
import { config } from '../config.ts';
import { createEdxmlReceiver } from '../exchange/edxml/receiver.ts';
import { exportPackage, organsFromConfig, statusPackage } from '../exchange/edxml/service.ts';
import { isStatusCode } from '../exchange/edxml/status.ts';
import { BadInputError, isBadInput } from '../pipeline/errors.ts';
import { shutdownOcr } from '../pipeline/ocr/engine.ts';
import { processDocument } from '../pipeline/run.ts';
import { createLogger } from '../workers/logger.ts';

const DOCUMENT_ID = /^[0-9a-f]{64}$/;

function fail(error: unknown): number {
  if (!isBadInput(error)) throw error;
  process.stderr.write(`vanthu: ${error.message}\n`);
  return 1;
}

async function withRuntime<T>(needSearch: boolean, run: (rt: Runtime) => Promise<T>): Promise<T> {
  const rt = await openRuntime(config(), { logger: createLogger('warn', 2), require: { redis: false, elasticsearch: needSearch } });
  try {
    return await run(rt);
  } finally {
    await rt.close();
  }
}

export async function exportEdxmlCommand(target: string, options: { to?: string }): Promise<number> {
  const cfg = config();
  const organs = organsFromConfig(cfg);
  const to = options.to?.split(',').map((s) => s.trim()).filter(Boolean);
  try {
    let result;
    if (DOCUMENT_ID.test(target)) {
      result = await withRuntime(false, async (rt) => {
        const [record, original] = await Promise.all([rt.store.getRecord(target), rt.store.getOriginal(target)]);
        if (!record || !original) throw new BadInputError('invalid edXML', `no stored document ${target} with a record`);
        return exportPackage(record, original.bytes, organs, to);
      });
    } else {
      const bytes = await readFile(target);
      try {
        const record = await processDocument({ name: path.basename(target), bytes }, { ocr: cfg.ocr, maxFileBytes: cfg.maxFileBytes });
        result = exportPackage(record, bytes, organs, to);
      } finally {
        await shutdownOcr();
      }
    }
    for (const w of result.warnings) process.stderr.write(`vanthu: warning: ${w}\n`);
    process.stdout.write(result.xml);
    return 0;
  } catch (error) {
    if (error && typeof error === 'object' && 'code' in error && error.code === 'ENOENT') {
      process.stderr.write(`vanthu: ${target}: file not found (give a file or a 64-hex document id)\n`);
      return 1;
    }
    return fail(error);
  }
}

export async function ingestEdxmlCommand(files: string[], options: { json?: boolean }): Promise<number> {
  let failed = 0;
  const received: { file: string; id: string; number: string | null; warnings: string[] }[] = [];
  await withRuntime(true, async (rt) => {
    const receiver = createEdxmlReceiver({ blobs: rt.sor.blobs, records: rt.records, documents: rt.documents, indexing: rt.indexing, pipeline: rt.pipeline, organs: organsFromConfig(config()) });
    try {
      for (const file of files) {
        try {
          const record = await receiver.receive(await readFile(file));
          received.push({ file, id: record.id, number: record.number, warnings: record.warnings.filter((w) => w.startsWith('edXML')) });
        } catch (error) {
          failed++;
          const missing = error && typeof error === 'object' && 'code' in error && error.code === 'ENOENT';
          if (!missing && !isBadInput(error)) throw error;
          process.stderr.write(`vanthu: ${file}: ${missing ? 'file not found' : (error as Error).message}\n`);
        }
      }
    } finally {
      await shutdownOcr();
    }
  });
  if (options.json) process.stdout.write(`${JSON.stringify({ received, failed })}\n`);
  else for (const r of received) process.stdout.write(`${r.file}: registered ${r.number ?? '(no number)'} as ${r.id}${r.warnings.map((w) => `\n  review: ${w}`).join('')}\n`);
  return failed ? 1 : 0;
}

export async function edxmlStatusCommand(id: string, code: string, options: { department?: string; staff?: string }): Promise<number> {
  if (!isStatusCode(code)) {
    process.stderr.write('vanthu: a status code is 01 (đã đến), 03 (tiếp nhận), 04 (phân công), 05 (đang xử lý) or 06 (hoàn thành)\n');
    return 2;
  }
  try {
    const xml = await withRuntime(false, async (rt) => {
      const record = await rt.store.getRecord(id);
      if (!record) throw new BadInputError('invalid edXML', `no registered letter ${id}`);
      return statusPackage(record, code, organsFromConfig(config()), { department: options.department, name: options.staff });
    });
    process.stdout.write(xml);
    return 0;
  } catch (error) {
    return fail(error);
  }
}
