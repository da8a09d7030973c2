// The extract threads behind the `extract` queue: real documents through real worker threads.
import { readFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { config } from '../../config.ts';
import { BadInputError } from '../../pipeline/errors.ts';
import { createExtractPool, type ExtractPool } from '../../workers/extract-pool.ts';
import { sample } from './helpers/samples.ts';

const pipeline = () => ({ ocr: { ...config().ocr, workers: 1 }, maxFileBytes: config().maxFileBytes });
const file = async (name: string) => ({ name, bytes: await readFile(sample(name)) });

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

  it('refuses work once closed', async () => {
    pool = createExtractPool({ size: 1, pipeline: pipeline() });
    await pool.close();
    await expect(pool.extract(await file('thongbao-syt-nghean-215.docx'))).rejects.toThrow(/closed/);
  });
});
