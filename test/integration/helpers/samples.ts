// The sample documents (samples/, made by samples/generate.ts) as files to ingest.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ROOT } from './services.ts';

export const SAMPLES = path.join(ROOT, 'samples');
export const sample = (name: string) => path.join(SAMPLES, name);

export async function readSamples(names: string[]): Promise<{ name: string; bytes: Uint8Array }[]> {
  return Promise.all(names.map(async (n) => ({ name: path.basename(n), bytes: await readFile(sample(n)) })));
}
