// Inputs that a reader must reject cleanly (an error naming the problem, no crash, no hang):
// empty, truncated, mislabelled, encrypted, random and broken-zip files.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Rng } from './rng.ts';
import { writeZip } from './zip.ts';

const run = promisify(execFile);

/** The user password of encrypted.pdf (the owner password is different). */
export const ENCRYPTED_USER_PASSWORD = 'vanthu-user';

export interface BadFile {
  file: string;
  what: string;
}

export interface BadResult {
  written: BadFile[];
  skipped: string[];
}

async function encrypt(pdf: Uint8Array, out: string): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'vanthu-bad-'));
  try {
    const input = join(dir, 'in.pdf');
    await writeFile(input, pdf);
    // AES-128 with qpdf's fixed ID and IV, so that regenerating gives the same bytes (AES-256
    // draws random salts every time).
    await run('qpdf', ['--static-id', '--static-aes-iv', '--encrypt', ENCRYPTED_USER_PASSWORD, 'vanthu-owner-7f3a', '128', '--use-aes=y', '--', input, out]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Writes the bad inputs into `dir`, made from a good PDF and DOCX of the bundled set. */
export async function writeBadFiles(dir: string, pdf: Uint8Array, docx: Uint8Array, seed: number): Promise<BadResult> {
  await mkdir(dir, { recursive: true });
  const written: BadFile[] = [];
  const skipped: string[] = [];
  const put = async (file: string, data: Uint8Array | string, what: string): Promise<void> => {
    await writeFile(join(dir, file), data);
    written.push({ file, what });
  };
  await put('empty.pdf', new Uint8Array(0), 'zero bytes');
  await put('truncated.pdf', pdf.subarray(0, Math.floor(pdf.length / 2)), `first half (${Math.floor(pdf.length / 2)} of ${pdf.length} bytes) of a good PDF`);
  await put(
    'not-a-pdf.pdf',
    'Đây là tệp văn bản thuần, không phải PDF.\nNội dung này được tạo cho bộ mẫu kiểm thử của vanthu.\n',
    'plain UTF-8 text named .pdf',
  );
  const rng = new Rng(`${seed}:random.bin`);
  const noise = new Uint8Array(4096);
  for (let i = 0; i < noise.length; i++) noise[i] = Math.floor(rng.next() * 256);
  await put('random.bin', noise, '4096 seeded random bytes');
  await put('corrupt.docx', docx.subarray(0, Math.floor(docx.length * 0.6)), 'a good DOCX cut at 60% (ZIP without its central directory)');
  await put(
    'not-a-docx.docx',
    writeZip([{ name: 'readme.txt', data: Buffer.from('Tệp ZIP hợp lệ nhưng không phải DOCX: thiếu word/document.xml.\n') }], false),
    'a valid ZIP without word/document.xml',
  );
  try {
    await encrypt(pdf, join(dir, 'encrypted.pdf'));
    written.push({ file: 'encrypted.pdf', what: `AES-128, user password "${ENCRYPTED_USER_PASSWORD}"` });
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (e.code !== 'ENOENT') throw err;
    skipped.push('encrypted.pdf: qpdf not found (apt-get install -y qpdf); kept any existing file');
  }
  return { written, skipped };
}
