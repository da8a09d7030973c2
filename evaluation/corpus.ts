// Labelled documents to evaluate on: the real corpus in ../shared (never copied into the repo)
// and the project's own samples, each in every rendition present.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { GoldLabels } from './gold.ts';

export type Rendition = 'pdf' | 'docx' | 'scan.pdf' | 'scan.png' | 'real-scan';

export interface Case {
  id: string;
  set: 'rendered' | 'scans' | 'samples';
  rendition: Rendition;
  file: string;
  gold: GoldLabels;
  /** The whole document's visible text, where it is known (`rendered/NAME.gt.txt`). */
  groundTruth?: string;
}

const readGold = (file: string) => GoldLabels.parse(JSON.parse(readFileSync(file, 'utf8')));

export function realCorpusCases(corpusDir: string, renditions: Rendition[] = ['pdf', 'docx', 'scan.pdf', 'real-scan']): Case[] {
  const real = path.join(corpusDir, 'real');
  if (!existsSync(real)) return [];
  const cases: Case[] = [];
  for (const goldFile of readdirSync(real).filter((f) => f.endsWith('.gold.json')).sort()) {
    const id = goldFile.replace(/\.gold\.json$/, '');
    const gold = readGold(path.join(real, goldFile));
    for (const rendition of renditions) {
      if (rendition === 'real-scan') continue;
      const file = path.join(real, 'rendered', rendition === 'scan.png' ? `${id}.scan-1.png` : `${id}.${rendition}`);
      const truth = path.join(real, 'rendered', `${id}.gt.txt`);
      // scan.png is page 1 only: the whole document's text is no ground truth for it.
      const groundTruth = rendition !== 'scan.png' && existsSync(truth) ? truth : undefined;
      if (existsSync(file)) cases.push({ id, set: 'rendered', rendition, file, gold, ...(groundTruth && { groundTruth }) });
    }
  }
  const scans = path.join(real, 'scans');
  if (renditions.includes('real-scan') && existsSync(scans)) {
    for (const goldFile of readdirSync(scans).filter((f) => f.endsWith('.gold.json')).sort()) {
      const id = goldFile.replace(/\.gold\.json$/, '');
      cases.push({ id, set: 'scans', rendition: 'real-scan', file: path.join(scans, `${id}.pdf`), gold: readGold(path.join(scans, goldFile)) });
    }
  }
  return cases;
}

export function sampleCases(samplesDir: string): Case[] {
  if (!existsSync(samplesDir)) return [];
  const cases: Case[] = [];
  for (const f of readdirSync(samplesDir).filter((f) => f.endsWith('.expected.json')).sort()) {
    const id = f.replace(/\.expected\.json$/, '');
    const gold = readGold(path.join(samplesDir, f));
    for (const [rendition, suffix] of [['pdf', '.pdf'], ['docx', '.docx'], ['scan.png', '.scan.png'], ['scan.pdf', '.scan.pdf']] as const) {
      const file = path.join(samplesDir, id + suffix);
      if (existsSync(file)) cases.push({ id, set: 'samples', rendition, file, gold });
    }
  }
  return cases;
}
