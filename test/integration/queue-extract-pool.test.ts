// The extract threads behind the `extract` queue: real documents through real worker threads.
import { readFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { config } from '../../config.ts';
import { BadInputError } from '../../pipeline/errors.ts';
import { createExtractPool, type ExtractPool } from '../../workers/extract-pool.ts';
import { sample } from './helpers/samples.ts';

const pipeline = () => ({ ocr: { ...config().ocr, workers: 1 }, maxFileBytes: config().maxFileBytes });
const file = async (name: string) => ({ name, bytes: await readFile(sample(name)) });

const MISBEHAVING = new URL('./helpers/misbehaving-thread.mjs', import.meta.url);

let pool: ExtractPool | undefined;
afterEach(async () => {
  await pool?.close();
  pool = undefined;
});

describe('extract pool', () => {
  it('extracts documents in a thread, and a bad file comes back as the pipeline\'s BadInputError', async () => {
    pool = createExtractPool({ size: 2, pipeline: pipeline() });
    const [docx, bad] = await Promise.allSettled([pool.extract(await file('congvan-ubnd-quangbinh-1875.docx')), pool.extract(await file('bad/truncated.pdf'))]);
    expect(docx.status === 'fulfilled' && docx.value).toMatchObject({ number: '1875/UBND-KGVX', textSource: 'docx', file: { name: 'congvan-ubnd-quangbinh-1875.docx' } });
    expect(bad.status).toBe('rejected');
    const error = (bad as PromiseRejectedResult).reason as BadInputError;
    expect(error).toBeInstanceOf(BadInputError);
    expect(error.reason).toBe('corrupt file');
    expect(error.message).toMatch(/^corrupt file: /);
  }, 60_000);

  it('abandons an extraction over the time limit with a retryable error and carries on in a new thread', async () => {
    pool = createExtractPool({ size: 1, pipeline: pipeline(), timeoutMs: 2_000 });
    // Two pages of OCR take far longer than 2 s; a DOCX takes a few milliseconds once the thread runs.
    const slow = pool.extract(await file('congdien-byt-05-cd.scan.pdf'));
    const next = pool.extract(await file('thongbao-syt-nghean-215.docx')); // waits for the only thread
    await expect(slow).rejects.toThrow(/^extraction of congdien-byt-05-cd.scan.pdf took longer than 2 s; abandoned$/);
    await expect(slow).rejects.not.toBeInstanceOf(BadInputError);
    await expect(next).resolves.toMatchObject({ number: '215/TB-SYT' });
  }, 60_000);

  it('a task that throws fails with its own message; the thread carries on', async () => {
    pool = createExtractPool({ size: 1, pipeline: pipeline(), threadModule: MISBEHAVING });
    const thrown = pool.extract({ name: 'throw-me.pdf', bytes: new Uint8Array([1]) });
    await expect(thrown).rejects.toThrow(/^thrown while reading throw-me.pdf$/);
    await expect(thrown).rejects.not.toBeInstanceOf(BadInputError);
    await expect(pool.extract(await file('thongbao-syt-nghean-215.docx'))).resolves.toMatchObject({ number: '215/TB-SYT' });
  }, 60_000);

  it('a thread that exits fails only the job it ran, with the reason; the others finish', async () => {
    pool = createExtractPool({ size: 2, pipeline: pipeline(), threadModule: MISBEHAVING });
    const [dead, alive, after] = await Promise.allSettled([
      pool.extract({ name: 'exit-now.pdf', bytes: new Uint8Array([1]) }),
      pool.extract(await file('congvan-ubnd-quangbinh-1875.docx')),
      pool.extract(await file('thongbao-syt-nghean-215.docx')),
    ]);
    expect(dead.status).toBe('rejected');
    expect(String((dead as PromiseRejectedResult).reason.message)).toBe('extract thread died while extracting exit-now.pdf: worker exited with code: 7');
    expect(alive.status === 'fulfilled' && alive.value.number).toBe('1875/UBND-KGVX');
    expect(after.status === 'fulfilled' && after.value.number).toBe('215/TB-SYT');
  }, 60_000);

  it('a thread out of memory fails only its job, says so, and is replaced', async () => {
    pool = createExtractPool({ size: 1, pipeline: pipeline(), threadModule: MISBEHAVING, heapLimitMb: 256 });
    const oom = pool.extract({ name: 'oom-big.pdf', bytes: new Uint8Array([1]) });
    const next = pool.extract(await file('thongbao-syt-nghean-215.docx')); // queued behind it, same single slot
    await expect(oom).rejects.toThrow(/^extract thread died while extracting oom-big.pdf: out of memory/);
    await expect(next).resolves.toMatchObject({ number: '215/TB-SYT' });
  }, 60_000);

  it('refuses work once closed', async () => {
    pool = createExtractPool({ size: 1, pipeline: pipeline() });
    await pool.close();
    await expect(pool.extract(await file('thongbao-syt-nghean-215.docx'))).rejects.toThrow(/closed/);
  });
});
