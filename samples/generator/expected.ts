// The labels of a Letter, in exactly the format of the real corpus's NAME.gold.json
// (shared/corpus/real/README.md): same keys in the same order, null for an absent element.
import type { Letter } from './model.ts';
import { paragraphText } from './model.ts';

export interface Expected {
  source: string;
  doc_type: string;
  number: string | null;
  issuer: string[] | null;
  place: string | null;
  issued_date: string | null;
  subject: string | null;
  recipients: string[] | null;
  cc: string[] | null;
  signer: { name: string | null; title: string | null; authority: string | null } | null;
  deadlines: { date: string | null; text: string }[] | null;
  references: string[] | null;
}

/** A trailing purpose note in "Nơi nhận": "(để b/c)", "(để biết)", "(để p/h chỉ đạo)", "(b/c)". */
const PURPOSE_NOTE = /\s*\((?:để\s[^()]*|b\/c|t\/h|p\/h)\)\s*$/u;

/** A cited document number after "số": 1234/QĐ-BYT, 60/2021/NĐ-CP, 20-NQ/TW, 15/2023/QH15. */
const CITATION = /\bsố\s+(\d+(?:[-/][\p{L}\p{N}]+)*\/[\p{L}\p{N}]+(?:[-/][\p{L}\p{N}]+)*)/gu;

const oneLine = (s: string): string => s.replace(/\s*\n\s*/g, ' ');

export function cleanCc(entry: string): string {
  return entry.replace(PURPOSE_NOTE, '').trim();
}

/** Numbers cited in `texts`, in order of first appearance, without repeats or `own`. */
export function citedNumbers(texts: string[], own: string): string[] {
  const out: string[] = [];
  for (const t of texts) {
    for (const m of t.matchAll(CITATION)) {
      const n = m[1] as string;
      if (n !== own && !out.includes(n)) out.push(n);
    }
  }
  return out;
}

export function labelSubject(letter: Letter): string {
  const s = letter.subjectUpper ? letter.subject.toLocaleUpperCase('vi') : letter.subject;
  return s.replace(/\.$/, '');
}

export function deadlinesOf(letter: Letter): { date: string | null; text: string }[] {
  const out: { date: string | null; text: string }[] = [];
  for (const para of letter.body) {
    const full = paragraphText(para);
    for (const mark of para.deadlines ?? []) {
      const text = mark.text ?? full;
      if (!full.includes(text)) {
        throw new Error(`${letter.name}: deadline text is not in its paragraph: "${text.slice(0, 60)}..."`);
      }
      out.push({ date: mark.date, text });
    }
  }
  return out;
}

export function expectedOf(letter: Letter): Expected {
  const deadlines = deadlinesOf(letter);
  const references = citedNumbers([letter.subject, ...letter.body.map(paragraphText)], letter.number);
  const s = letter.signer;
  return {
    source: letter.source,
    doc_type: letter.docType,
    number: letter.number,
    issuer: letter.issuer.map(oneLine),
    place: letter.place,
    issued_date: letter.date,
    subject: labelSubject(letter),
    recipients: letter.recipients.length ? [...letter.recipients] : null,
    cc: letter.cc.length ? letter.cc.map(cleanCc) : null,
    signer: s
      ? {
          name: s.name,
          title: s.title ? oneLine(s.title) : null,
          authority: s.authority.length ? s.authority.join(' ') : null,
        }
      : null,
    deadlines: deadlines.length ? deadlines : null,
    references: references.length ? references : null,
  };
}

/** Checks the conventions a hand-written Letter must keep; throws on the first fault. */
export function checkLetter(letter: Letter): void {
  const where = letter.name;
  if (/\.\s*$/.test(letter.subject)) throw new Error(`${where}: subject ends with a period`);
  if (/^(v\/v|về việc)\s/i.test(letter.subject)) throw new Error(`${where}: subject keeps its prefix`);
  for (const r of letter.recipients) {
    if (/^-|[;.]$/.test(r)) throw new Error(`${where}: recipient keeps dash or end mark: ${r}`);
  }
  for (const c of letter.cc) {
    if (/^-|[;.]$/.test(c)) throw new Error(`${where}: cc entry keeps dash or end mark: ${c}`);
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(letter.date)) throw new Error(`${where}: bad date ${letter.date}`);
  for (const d of deadlinesOf(letter)) {
    if (d.date !== null && !/^\d{4}-\d{2}-\d{2}$/.test(d.date)) throw new Error(`${where}: bad deadline ${d.date}`);
  }
  const text = [letter.subject, ...letter.body.map(paragraphText)].join('\n');
  if (text.normalize('NFC') !== text) throw new Error(`${where}: text is not NFC`);
}

export function expectedJson(letter: Letter): string {
  return `${JSON.stringify(expectedOf(letter), null, 2)}\n`;
}
