// `npx tsx evaluation/dump-lines.ts FILE...`: the laid-out lines of a development document
// (page, column, block, text) and its record's main fields, for working on the field rules.
// Refuses documents of the validation split: their outputs are never looked at.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { config } from '../config.ts';
import { detectMimeType } from '../pipeline/detect.ts';
import { buildDoc } from '../pipeline/document.ts';
import { extractorFor } from '../pipeline/extractors/registry.ts';
import { extractFields } from '../pipeline/fields/extract-fields.ts';
import { shutdownOcr } from '../pipeline/ocr/engine.ts';
import { splitOf } from './split.ts';

const cfg = config();
try {
  for (const file of process.argv.slice(2)) {
    const id = path.basename(file).replace(/\.(scan-1\.png|scan\.pdf|pdf|docx|png)$/, '');
    const set = file.includes(`${path.sep}scans${path.sep}`) ? 'scans' : 'rendered';
    if (splitOf({ id, set }) === 'validation') {
      console.log(`${file}: in the validation split, not shown`);
      continue;
    }
    const bytes = await readFile(file);
    const extracted = await extractorFor(await detectMimeType(bytes)).extract({ name: file, bytes }, { ocr: cfg.ocr });
    const doc = buildDoc(extracted);
    console.log(`== ${file}`);
    for (const l of doc.lines) console.log(`${String(l.index).padStart(3)} p${l.page} ${l.column.padEnd(5)} ${String(l.block ?? '-').padStart(3)} | ${l.text}`);
    const { evidence, obligations, events, deadlines, ...fields } = extractFields(doc);
    console.log(JSON.stringify(fields, null, 1));
  }
} finally {
  await shutdownOcr();
}
