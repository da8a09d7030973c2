import { readFileSync } from 'node:fs';
import { processDocument } from './pipeline/run.ts';
const cfg = (await import('./config.ts')).config();
for (const f of process.argv.slice(2)) {
const t=Date.now();
try {
const r = await processDocument({ name: f, bytes: readFileSync(f) }, { ocr: cfg.ocr, maxFileBytes: cfg.maxFileBytes });
console.log(Date.now()-t,'ms', r.file.mimeType, r.textSource, r.number, r.issuedDate, r.docType, r.issuer, r.signer?.name, r.warnings);
} catch (e) { console.log(f, String(e)); }
}
