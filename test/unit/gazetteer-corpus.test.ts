// The gazetteer against the development corpus's gold issuers and places (read at run time from
// ../shared/corpus, never copied; the validation split is left out). Only aggregates are printed.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { config } from '../../config.ts';
import { matchAgency, matchPlace } from '../../pipeline/gazetteer/index.ts';

const root = path.join(config().corpusDir, 'real');
const split = JSON.parse(readFileSync(path.join(import.meta.dirname, '../../evaluation/validation-split.json'), 'utf8')) as {
  texts: string[];
  scans: string[];
};
const validation = new Set([...split.texts, ...split.scans]);

interface Gold {
  issuer: string[] | null;
  place: string | null;
}
function golds(): Gold[] {
  const out: Gold[] = [];
  for (const dir of [root, path.join(root, 'scans')]) {
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).filter((f) => f.endsWith('.gold.json'))) {
      if (validation.has(f.replace(/\.gold\.json$/, ''))) continue;
      out.push(JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as Gold);
    }
  }
  return out;
}
const cases = golds();
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

describe.skipIf(cases.length === 0)('gazetteer on the development corpus', () => {
  it('reads every gold issuer, most as known bodies, and never alters a correct one', () => {
    const issuers = cases.map((c) => c.issuer).filter((i): i is string[] => !!i && i.length > 0);
    const matches = issuers.map((i) => matchAgency(i));
    const read = matches.filter(Boolean).length;
    const known = matches.filter((m) => m?.known).length;
    const altered = matches.filter((m, i) => m && m.repair === 'edit' && squash(m.entries.join(' ')) !== squash(issuers[i]!.join(' '))).length;
    console.log(`gazetteer: ${issuers.length} dev issuers, ${read} read, ${known} known bodies, ${altered} edited`);
    expect(read).toBe(issuers.length);
    expect(known / issuers.length).toBeGreaterThanOrEqual(0.85);
    expect(altered).toBe(0);
  });

  it('reads every gold place unchanged', () => {
    const places = cases.map((c) => c.place).filter((p): p is string => !!p);
    const matches = places.map((p) => matchPlace(p));
    const read = matches.filter((m) => m && m.repair === 'none').length;
    console.log(`gazetteer: ${places.length} dev places, ${read} read unchanged`);
    expect(read / places.length).toBeGreaterThanOrEqual(0.95);
  });
});
