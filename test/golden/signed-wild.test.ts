// The digitally signed real files of ../shared/corpus/wild: every PDF holding a signature
// dictionary must be read without error and list a signer's name for each signature. Which files
// are signed is found from their bytes, not from a list. Results are checked by eye, not scored.
import { existsSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { config } from '../../config.ts';
import { readPdfSignatures } from '../../pipeline/signatures/read-signatures.ts';

const dir = path.join(config().corpusDir, 'wild');
const pdfs = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.pdf')).sort() : [];

describe.skipIf(pdfs.length === 0)('digitally signed files of the wild corpus', () => {
  it('every signed file lists each signature with its signer name', async () => {
    let signedFiles = 0;
    let signatures = 0;
    let intact = 0;
    for (const name of pdfs) {
      const bytes = await readFile(path.join(dir, name));
      if (!bytes.includes('/ByteRange')) continue;
      signedFiles++;
      const report = await readPdfSignatures(bytes, null);
      expect(report.signatures.length, name).toBeGreaterThan(0);
      for (const s of report.signatures) {
        expect(s.signerName, name).toBeTruthy();
        expect(s.status, name).toMatch(/chứng thư: chưa đối chiếu với CA$/);
      }
      signatures += report.signatures.length;
      intact += report.signatures.filter((s) => s.digestMatches && s.signatureValid).length;
    }
    // Aggregates only (the files hold personal data).
    console.log(`wild corpus: ${signedFiles} signed files, ${signatures} signatures, ${intact} intact`);
    expect(signedFiles).toBeGreaterThan(0);
  });
});
