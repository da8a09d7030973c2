// The confidence of each field of the record (see confidence.ts): a base for where and how the
// value was found, lowered by the OCR of its lines and by the warnings raised reading it.
import type { DocumentRecord } from '../../schemas/record.ts';
import type { Doc } from '../document.ts';
import { matchPlace } from '../gazetteer/index.ts';
import { confidenceOf } from './confidence.ts';
import type { Found } from './found.ts';
import { kinhGuiLine, noiNhanLine, numberLine } from './structure.ts';

type Values = Pick<
  DocumentRecord,
  'number' | 'issuer' | 'place' | 'issuedDate' | 'docType' | 'subject' | 'recipients' | 'cc' | 'signer' | 'urgency' | 'secrecy' | 'deadlines' | 'references' | 'obligations' | 'events'
>;

interface Context {
  /** The issuer's lines name a body of the gazetteer. */
  issuerKnown: boolean;
  placeDateWarned: boolean;
}

/** A value read where NĐ 30/2020 puts it; a value that is missing though its part is there. */
const FOUND = 0.97;
const MISSING_WHERE_EXPECTED = 0.3;
/** A value that is often rightly empty (urgency, secrecy, references). */
const RIGHTLY_EMPTY = 0.9;

/**
 * Under OCR, values read over several lines or next to the stamp (trích yếu, Nơi nhận, the
 * agency lines, the signer) go wrong far more often than one-line values (number, date, place):
 * measured on the development scans, so they are never "sure" when read by OCR.
 */
const OCR_FRAGILITY: Record<string, number> = {
  subject: 0.85,
  cc: 0.75,
  recipients: 0.9,
  issuer: 0.9,
  'signer.name': 0.88,
  'signer.title': 0.88,
  'signer.authority': 0.88,
};

export function judgeFields(doc: Doc, v: Values, found: Record<string, Found<unknown> | null>, ctx: Context): Record<string, number> {
  const of = (name: string, base: number, fallback?: string) => {
    const f = found[name] ?? (fallback ? found[fallback] : null) ?? null;
    return confidenceOf(doc, { base, evidence: f?.evidence ?? null, warnings: f?.warnings ?? [] });
  };
  const f = (name: string) => found[name] ?? null;
  const out: Record<string, number> = {};
  // Số và ký hiệu (ô 3): a number with digits is whole; a blank one (a draft) is not sure.
  out.number = v.number ? of('number', /^\d/.test(v.number) ? FOUND : 0.8) : MISSING_WHERE_EXPECTED;
  out.issuedDate = v.issuedDate ? confidenceOf(doc, { base: FOUND, evidence: f('issuedDate')?.evidence ?? null, warnings: ctx.placeDateWarned ? ['date'] : [] }) : MISSING_WHERE_EXPECTED;
  out.place = v.place ? of('place', matchPlace(v.place) ? 0.96 : 0.75) : MISSING_WHERE_EXPECTED;
  // Tên loại: from the title (ô 5a) or "V/v" best; from the symbol's code less; by default least.
  out.docType = v.docType ? of('docType', f('docType')?.confidence ?? 0.9, 'number') : MISSING_WHERE_EXPECTED;
  out.issuer = v.issuer.length ? of('issuer', f('issuer')?.evidence ? (ctx.issuerKnown ? 0.96 : 0.88) : 0.5) : 0.2;
  out.subject = v.subject ? of('subject', 0.95) : MISSING_WHERE_EXPECTED;
  out.recipients = v.recipients.length ? of('recipients', 0.94) : kinhGuiLine(doc) ? MISSING_WHERE_EXPECTED : 0.8;
  out.cc = v.cc.length ? of('cc', 0.95) : noiNhanLine(doc) ? MISSING_WHERE_EXPECTED : 0.75;
  const signer = f('signer');
  const name = v.signer?.name ?? null;
  out['signer.name'] = name ? of('signer', 0.95) : MISSING_WHERE_EXPECTED;
  out['signer.title'] = v.signer?.title ? of('signer', 0.95) : signer ? 0.5 : MISSING_WHERE_EXPECTED;
  out['signer.authority'] = v.signer?.authority ? of('signer', 0.95) : signer ? 0.8 : MISSING_WHERE_EXPECTED;
  out.urgency = v.urgency ? of('urgency', 0.9) : RIGHTLY_EMPTY;
  out.secrecy = v.secrecy ? of('secrecy', 0.9) : RIGHTLY_EMPTY;
  out.references = v.references.length ? (doc.ocr ? 0.75 : 0.9) : numberLine(doc) ? 0.8 : 0.6;
  // Obligations are read from the body's wording, the least regular part of a letter.
  out.obligations = v.obligations.length ? 0.7 : 0.8;
  out.deadlines = v.deadlines.length ? 0.7 : 0.8;
  out.events = v.events.length ? 0.7 : 0.85;
  if (doc.ocr) for (const [field, k] of Object.entries(OCR_FRAGILITY)) out[field] = Math.round(out[field]! * k * 100) / 100;
  return out;
}
