// Địa danh và thời gian ban hành: "Hà Nội, ngày 31 tháng 5 năm 2023" at the top right. A draft
// leaves day and month blank (then the date is null). On signed scans the day is handwritten and
// OCR may misread it: the e-signature time ("Thời gian ký: 15/01/2025 17:10:17") then decides.
import type { Doc, DocLine } from '../document.ts';
import { evidenceIn } from '../document.ts';
import { fold } from '../text/fold.ts';
import { isSignatureStamp } from '../text/anchors.ts';
import { isValidDate, repairDigits, toIso } from './dates.ts';
import type { Found } from './found.ts';
import { correctPlace, placeOfTwoLines } from './places.ts';
import { headerLines } from './structure.ts';

export interface PlaceDate {
  place: string | null;
  date: string | null;
  line: DocLine;
  /** The line holding the place's first word, when the cell wrapped before the rest ("Hà" / "Nội, ngày"). */
  placeHead: DocLine | null;
  warnings: string[];
}

// Folded form: "<place>, ngay <d> thang <m> nam <yyyy>", spacing and punctuation OCR-tolerant.
const FOLDED = /^(.*?)[,.]?\s*ngay\s*(.{0,6}?)\s*th[a-z]{1,2}ng\s*(.{0,5}?)\s*nam\s*([0-9OolIS|!\]\[]{4})/;

/** Dates of the e-signature boxes, from the text layer or as OCR read them off the page. */
function signingDates(doc: Doc): { day: number; month: number; year: number }[] {
  const out = [];
  // OCR reads the box's small print loosely ("Thời gia kýt 07/01/2025").
  const texts = [...doc.signatureStamps, ...doc.lines.filter((l) => /gia\S{0,2}\s*k\S{0,2}/.test(fold(l.text))).map((l) => l.text)];
  for (const text of texts) {
    for (const m of fold(text).matchAll(/gia\S{0,2}\s*ky\S{0,1}\s*:?\s*(\d{1,2})\/(\d{1,2})\/(\d{4})/g)) {
      if (isValidDate(Number(m[1]), Number(m[2]), Number(m[3]))) out.push({ day: Number(m[1]), month: Number(m[2]), year: Number(m[3]) });
    }
  }
  return out;
}

function cleanPlace(raw: string): string | null {
  const place = raw.replace(/^[^\p{L}]+|[^\p{L}.)]+$/gu, '').replace(/\s+/g, ' ').trim();
  if (!place || place.length > 40) return null;
  return correctPlace(place);
}

const memo = new WeakMap<Doc, PlaceDate | null>();
export function findPlaceDate(doc: Doc): PlaceDate | null {
  if (!memo.has(doc)) memo.set(doc, readPlaceDate(doc));
  return memo.get(doc)!;
}

/** A one-word line of the header before the place-date that, with the place, names a known place. */
function wrappedPlaceHead(candidates: DocLine[], line: DocLine, place: string | null): { head: DocLine; place: string } | null {
  if (!place || /\s/.test(place)) return null;
  for (const head of candidates.filter((l) => l.index < line.index && /^\p{Lu}\p{Ll}*$/u.test(l.text.trim()))) {
    const known = placeOfTwoLines(head.text.trim(), place);
    if (known) return { head, place: known };
  }
  return null;
}

function readPlaceDate(doc: Doc): PlaceDate | null {
  const candidates = headerLines(doc).filter((l) => !isSignatureStamp(l.text));
  const ordered = [...candidates.filter((l) => l.column === 'right'), ...candidates.filter((l) => l.column !== 'right')];
  // A narrow cell wraps "Bến Tre, ngày" / "28 tháng 3 năm 2013": try each line with the next too.
  const joined = ordered.flatMap((line) => {
    const next = ordered.find((l) => l.index > line.index && l.column === line.column);
    return next ? [{ line, text: `${line.text} ${next.text}` }] : [];
  });
  const readings = [...ordered.map((line) => ({ line, text: line.text })), ...joined];
  for (const { line, text } of readings) {
    const folded = fold(text);
    const m = FOLDED.exec(folded);
    if (!m) continue;
    const warnings: string[] = [];
    // Folding keeps length for Vietnamese letters, so the place can be cut from the original.
    const placeEnd = m[1]!.length;
    // A number read on the same row ("Số: 318/BVĐK-KHTH Vinh, ngày ...") is not part of the place.
    const place = cleanPlace(text.slice(0, placeEnd).replace(/^.*?\bS[ốoô]\s*:\s*\S*\s+/u, ''));
    const year = Number(repairDigits(m[4]!));
    const dayToken = m[2]!.replace(/[^0-9OolIS|!\]\[]/g, '');
    const monthToken = m[3]!.replace(/[^0-9OolIS|!\]\[]/g, '');
    let day = dayToken ? Number(repairDigits(dayToken)) : NaN;
    const month = monthToken ? Number(repairDigits(monthToken)) : NaN;
    const dayIsClean = /^\d{1,2}$/.test(m[2]!.trim());
    if (dayToken && !dayIsClean && !signingDates(doc).length) warnings.push(`issuedDate: day read as "${m[2]!.trim()}", uncertain`);
    const stamps = signingDates(doc).filter((s) => s.month === month && s.year === year);
    const signedDay = stamps.length ? Math.min(...stamps.map((s) => s.day)) : null;
    if (signedDay !== null && (!dayIsClean || !isValidDate(day, month, year) || day > signedDay)) {
      warnings.push(
        dayToken ? `issuedDate: day read as "${m[2]!.trim()}"; taken from the e-signature time (an upper bound)` : 'issuedDate: day blank or unreadable; taken from the e-signature time (an upper bound)',
      );
      day = signedDay;
    }
    let date: string | null = null;
    // A garbled day with nothing to check it against is not guessed ("2$“" is not the 2nd).
    const dayRepairable = /^[0-9OolIS|!\][]{1,2}$/.test(m[2]!.trim());
    const dayGuessed = dayToken !== '' && !dayRepairable && signedDay === null;
    if (!dayGuessed && !Number.isNaN(day) && !Number.isNaN(month)) date = toIso({ day, month, year });
    if (!date && (dayToken || monthToken)) warnings.push(`issuedDate: "${text}" is not a valid date`);
    const wrapped = wrappedPlaceHead(candidates, line, place);
    return { place: wrapped?.place ?? place, date, line, placeHead: wrapped?.head ?? null, warnings };
  }
  return null;
}

export function extractPlace(pd: PlaceDate | null): Found<string> | null {
  if (!pd?.place) return null;
  const at = pd.line.text.indexOf(pd.place);
  return { value: pd.place, evidence: evidenceIn(pd.line, Math.max(0, at), at >= 0 ? at + pd.place.length : pd.line.text.length) };
}

export function extractIssuedDate(pd: PlaceDate | null): Found<string> | null {
  if (!pd?.date) return null;
  return { value: pd.date, evidence: evidenceIn(pd.line) };
}
