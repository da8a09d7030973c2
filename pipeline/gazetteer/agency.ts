// An agency header (the top-left lines of Nghị định 30/2020/NĐ-CP, Phụ lục I, ô 2: the parent
// body's name over the issuing body's, each possibly wrapped onto a second line) → its bodies.
import { headOf, tightWords } from './build.ts';
import { matchAgencyLine } from './agency-line.ts';
import { jointHeader, type GroupedEntry } from './joint.ts';
import type { AgencyMatch } from './result.ts';
import { foldForm, lowerForm } from './text.ts';

export interface HeaderMatch extends AgencyMatch {
  /** Every body of the header, parent first; the match itself is the last. */
  chain: AgencyMatch[];
  /** The header's names as printed (repaired where repaired), parent first; a line no name could be read from is kept as it is. */
  entries: string[];
  /** A joint header's bodies, in printed order (the match is the first); absent otherwise. */
  joint?: AgencyMatch[];
}

// A wrapped line of a name opens with a word no name opens with ("TỈNH HÀ TĨNH", "VÀ XÃ HỘI",
// "KHÁM, CHỮA BỆNH"); "PHÒNG, CHỐNG …" continues a name though "Phòng" is a head.
const CONTINUES = /^(phong,? chong|va|và)\b/;

function startsEntry(line: string): boolean {
  if (CONTINUES.test(foldForm(lowerForm(line)).replace(/ ,/g, ','))) return false;
  // A damaged head ("SƠ Y TẾ") is no head, but the name is still a body.
  return headOf(line) !== null || (matchAgencyLine(line)?.score ?? 0) > 0.6;
}

/** The header's lines grouped into names: a line that opens no name continues the one above. */
export function groupHeaderLines(lines: readonly string[]): string[] {
  return group(lines).map((e) => e.text);
}

function group(lines: readonly string[]): GroupedEntry[] {
  const entries: GroupedEntry[] = [];
  for (const raw of lines) {
    const line = raw.replace(/\s+/g, ' ').trim();
    if (!line || tightWords(line).length === 0) continue;
    const last = entries.at(-1);
    if (last && (startsEntry(line) ? joinsBetter(last.text, line) : continues(last.text, line))) {
      last.text = `${last.text} ${line}`;
      last.lines.push(line);
    } else entries.push({ text: line, lines: [line] });
  }
  return entries;
}

/** A line opening with no head continues the name above, unless that name is whole and the two together are none. */
function continues(previous: string, line: string): boolean {
  const alone = matchAgencyLine(previous);
  if (!alone?.known) return true;
  return matchAgencyLine(`${previous} ${line}`)?.known === true;
}

/** A line opening with a head may still be the end of the name above: when only the two together are a body. */
function joinsBetter(previous: string, line: string): boolean {
  const alone = matchAgencyLine(previous);
  // Only a name the gazetteer cannot read alone may be the start of a longer one.
  if (alone && alone.score > 0.6) return false;
  const joined = matchAgencyLine(`${previous} ${line}`);
  return joined?.known === true && joined.repair === 'none';
}

/**
 * The body a header names: the most specific (last) one, with its parents in `chain`. For a
 * joint header, the first of the bodies issuing together, all of them in `joint` (and `chain`).
 * `lines` are the header's lines top to bottom (one line is fine). Null when no line is an
 * agency name.
 */
export function matchAgency(lines: readonly string[] | string): HeaderMatch | null {
  const id = typeof lines === 'string' ? lines : lines.join('\n');
  let m = headers.get(id);
  if (m === undefined) {
    m = matchHeader(typeof lines === 'string' ? [lines] : lines);
    if (headers.size > 10_000) headers.clear();
    headers.set(id, m);
  }
  return m && { ...m, chain: [...m.chain], entries: [...m.entries] };
}

// The same header comes with every letter of a body: answers are remembered (bounded); each
// call gets its own copy.
const headers = new Map<string, HeaderMatch | null>();

function matchHeader(lines: readonly string[]): HeaderMatch | null {
  const entries = group(lines);
  if (entries.length === 0) return null;
  const joint = jointHeader(entries);
  if (joint) return { ...joint.issuers[0]!, chain: joint.issuers, entries: joint.entries, joint: joint.issuers };
  const chain: AgencyMatch[] = [];
  const printed: string[] = [];
  let parent: AgencyMatch | null = null;
  for (const entry of entries) {
    const m = matchAgencyLine(entry.text, { parent });
    printed.push(m?.printed ?? entry.text);
    if (!m) continue;
    chain.push(m);
    parent = m;
  }
  const last = chain.at(-1);
  if (!last) return null;
  return { ...last, chain, entries: printed };
}
