// The shared parts of the bench output: the table printer, the machine line, the results file.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { EndToEnd } from './e2e.ts';
import type { EsResult } from './es.ts';
import type { ExtractionResult } from './extraction.ts';
import type { PeerSet } from './peers.ts';
import type { ScalePoint } from './scaling.ts';
import type { Machine } from './stats.ts';

export interface Results {
  date: string;
  quick: boolean;
  /** The sections run, when not all of them (the file name says so too). */
  sections?: string[];
  machine: Machine;
  notes: string[];
  extraction?: ExtractionResult;
  endToEnd?: { corpus: Record<string, number>; runs: EndToEnd[]; rawBoundDocumentsPerSecond: number | null };
  elasticsearch?: EsResult;
  peers?: PeerSet[];
  scaling?: ScalePoint[];
  /** Wall time of the whole bench. */
  totalSeconds?: number;
}

/** Columns after the first right-aligned (figures), or all left-aligned (`left`: text). */
export function table(rows: string[][], left = false): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return rows.map((r) => r.map((cell, c) => (c === 0 || left ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ').trimEnd()).join('\n');
}

export const verdict = (ok: boolean) => (ok ? 'ok' : 'MISSED');

export function printHeader(m: Machine): void {
  console.log(`machine: ${m.cores} cores, ${m.cpu}, ${m.memoryGiB} GiB, Node ${m.node}, ${m.platform}; load average ${m.loadAverage} at start`);
}

export async function writeResults(r: Results): Promise<string> {
  const dir = path.resolve(import.meta.dirname, 'results');
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `${r.date}${r.sections ? `.${r.sections.join('+')}` : ''}${r.quick ? '.quick' : ''}.json`);
  await writeFile(file, JSON.stringify(r, null, 2) + '\n');
  return file;
}
