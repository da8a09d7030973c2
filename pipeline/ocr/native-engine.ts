// The native tesseract CLI as an OCR engine (VANTHU_OCR_ENGINE=native): one single-threaded
// process per page, at most `workers` at once. Its OpenMP threading was measured 4× slower on a
// busy machine, hence OMP_THREAD_LIMIT=1 and parallelism across pages instead. It reads the same
// Vietnamese model as the tesseract.js engine (the bundled one, unpacked once), so both engines
// give the same words.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { meanConfidence, type OcrEngine, type OcrSettings } from './ocr-engine.ts';
import { wordsFromTsv } from './native-tsv.ts';

/** A folder tesseract can read vie.traineddata from (`--tessdata-dir`). */
export async function tessdataDir(settings: OcrSettings): Promise<string> {
  if (!settings.gzip) return settings.langPath;
  const model = settings.model ?? 'vie';
  const packed = await readFile(path.join(settings.langPath, `${model}.traineddata.gz`));
  const dir = path.join(os.tmpdir(), `vanthu-tessdata-${createHash('sha256').update(packed).digest('hex').slice(0, 16)}`);
  const target = path.join(dir, `${model}.traineddata`);
  if (!existsSync(target)) {
    await mkdir(dir, { recursive: true });
    const partial = `${target}.${process.pid}.${Math.random().toString(36).slice(2)}`;
    await writeFile(partial, gunzipSync(packed));
    await rename(partial, target); // atomic: concurrent processes never read half a model
  }
  return dir;
}

function runTesseract(image: Buffer, dataDir: string, model: string): Promise<string> {
  const args = ['stdin', '-', '--tessdata-dir', dataDir, '-l', model, '--oem', '1', '--psm', '6', '-c', 'tessedit_create_tsv=1'];
  return new Promise((resolve, reject) => {
    const child = spawn('tesseract', args, { env: { ...process.env, OMP_THREAD_LIMIT: '1' } });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', (error: NodeJS.ErrnoException) => {
      reject(error.code === 'ENOENT' ? new Error('VANTHU_OCR_ENGINE=native needs the tesseract CLI on PATH (Debian: apt install tesseract-ocr)') : error);
    });
    child.on('close', (code) => {
      if (code === 0) resolve(Buffer.concat(out).toString('utf8'));
      else reject(new Error(`tesseract exited with ${code}: ${Buffer.concat(err).toString('utf8').trim()}`));
    });
    child.stdin.on('error', () => {}); // a process that dies early reports through 'close'
    child.stdin.end(image);
  });
}

export function createNativeEngine(settings: OcrSettings): OcrEngine {
  let dataDir: Promise<string> | undefined;
  let running = 0;
  const waiting: (() => void)[] = [];
  const slot = async () => {
    if (running >= settings.workers) await new Promise<void>((resolve) => waiting.push(resolve));
    running++;
  };
  const release = () => {
    running--;
    waiting.shift()?.();
  };
  return {
    async recognize(image) {
      dataDir ??= tessdataDir(settings).catch((error: unknown) => {
        dataDir = undefined;
        throw error;
      });
      const dir = await dataDir;
      await slot();
      try {
        const words = wordsFromTsv(await runTesseract(image, dir, settings.model ?? 'vie'));
        return { words, confidence: meanConfidence(words) };
      } finally {
        release();
      }
    },
    async terminate() {
      // Every process ends with its page; nothing is kept alive.
    },
  };
}
