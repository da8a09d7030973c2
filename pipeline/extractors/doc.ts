// Legacy Word 97-2003 (.doc): LibreOffice headless converts it to DOCX, which the DOCX extractor
// reads (tables and all). LibreOffice keeps the Vietnamese text intact, including the old
// TCVN3/VNI fonts that the line normaliser converts afterwards; the plain-text .doc readers on npm
// lose the table structure of the header and signature blocks.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DOC } from '../detect.ts';
import { BadInputError } from '../errors.ts';
import type { ExtractedText } from '../types.ts';
import { docxExtractor } from './docx.ts';
import type { TextExtractor } from './extractor.ts';

/** A letter converts in 1-3 s; a file that takes longer than this is not going to. */
const CONVERT_TIMEOUT_MS = 90_000;

const NO_LIBREOFFICE = 'a legacy .doc needs LibreOffice (Debian: apt install libreoffice-writer-nogui)';

/** Run soffice in its own process group, so a timeout kills soffice.bin too, not only its launcher. */
function runSoffice(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('soffice', args, { detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
    const err: Buffer[] = [];
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
      reject(new BadInputError('corrupt file', `LibreOffice did not convert the .doc within ${CONVERT_TIMEOUT_MS / 1000} s`));
    }, CONVERT_TIMEOUT_MS);
    child.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(error.code === 'ENOENT' ? new BadInputError('unsupported format', NO_LIBREOFFICE) : error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(new BadInputError('corrupt file', `LibreOffice could not read the .doc (exit ${code}: ${Buffer.concat(err).toString('utf8').trim().slice(0, 200)})`));
    });
  });
}

/** Convert .doc bytes to .docx bytes in a private temp folder (its own LibreOffice profile, so calls run side by side). */
export async function convertDocToDocx(bytes: Uint8Array): Promise<Buffer> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'vanthu-doc-'));
  try {
    const input = path.join(dir, 'in.doc');
    await writeFile(input, bytes);
    const profile = pathToFileURL(path.join(dir, 'profile')).href;
    await runSoffice(['--headless', '--norestore', `-env:UserInstallation=${profile}`, '--convert-to', 'docx', '--outdir', dir, input]);
    // LibreOffice exits 0 even when it could not load the input: the missing output says so.
    if (!(await readdir(dir)).includes('in.docx')) throw new BadInputError('corrupt file', 'LibreOffice could not read the .doc');
    return await readFile(path.join(dir, 'in.docx'));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export const docExtractor: TextExtractor = {
  name: 'doc',
  accepts: (mime) => mime === DOC,
  async extract(file, ctx): Promise<ExtractedText> {
    const docx = await convertDocToDocx(file.bytes);
    const extracted = await docxExtractor.extract({ name: file.name, bytes: docx }, ctx);
    return { ...extracted, warnings: [...extracted.warnings, 'legacy .doc converted to DOCX by LibreOffice'] };
  },
};
