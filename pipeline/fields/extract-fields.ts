// Stage 4: every field, in an explicit order (the date feeds the deadlines, the number feeds the
// type). Each field lives in its own module; this file only sequences them.
import type { DocumentRecord, Evidence } from '../../schemas/record.ts';
import type { Doc } from '../document.ts';
import { correctOcrLine } from '../normalize/ocr-lexicon.ts';
import { extractCc } from './cc.ts';
import { extractDocType } from './doc-type.ts';
import type { Found } from './found.ts';
import { extractIssuer } from './issuer.ts';
import { issuerFromNumber } from './issuer-from-symbol.ts';
import { extractNumber } from './number.ts';
import { extractObligations } from './obligations.ts';
import { extractEvents } from './events.ts';
import { extractIssuedDate, extractPlace, findPlaceDate } from './place-date.ts';
import { extractRecipients } from './recipients.ts';
import { extractReferences } from './references.ts';
import { extractSigner } from './signer.ts';
import { extractSubject } from './subject.ts';
import { extractSecrecy, extractUrgency } from './urgency.ts';
import { matchAgency } from '../gazetteer/index.ts';
import { needsReview } from './confidence.ts';
import { judgeFields } from './judge-fields.ts';

export type Fields = Pick<
  DocumentRecord,
  | 'docType' | 'number' | 'issuer' | 'place' | 'issuedDate' | 'subject' | 'recipients' | 'cc'
  | 'signer' | 'urgency' | 'secrecy' | 'deadlines' | 'references' | 'obligations' | 'events'
  | 'evidence' | 'warnings' | 'confidence' | 'needsReview' | 'agencyKey'
>;

export function extractFields(doc: Doc): Fields {
  const evidence: Record<string, Evidence> = {};
  const warnings: string[] = [];
  const found: Record<string, Found<unknown> | null> = {};
  function take<T>(name: string, f: Found<T> | null): T | null {
    found[name] = f;
    if (!f) return null;
    if (f.evidence) evidence[name] = f.evidence;
    warnings.push(...(f.warnings ?? []));
    return f.value;
  }
  // Phrases broken over lines are only whole in the joined value: correct OCR marks there too.
  const fix = doc.ocr ? correctOcrLine : (t: string) => t;
  const fixAll = (values: string[] | null) => values?.map(fix) ?? null;
  const number = take('number', extractNumber(doc));
  const placeDate = findPlaceDate(doc);
  warnings.push(...(placeDate?.warnings ?? []));
  const issuedDate = take('issuedDate', extractIssuedDate(placeDate));
  const issuer = fixAll(take('issuer', extractIssuer(doc) ?? issuerFromSymbol(number))) ?? [];
  const recipients = fixAll(take('recipients', extractRecipients(doc))) ?? [];
  const docType = take('docType', extractDocType(doc, number));
  const tasks = take('obligations', extractObligations(doc, { issuedDate, recipients, issuer }));
  const fields = {
    number,
    issuer,
    place: take('place', extractPlace(placeDate)),
    issuedDate,
    docType,
    subject: fixAll([take('subject', extractSubject(doc)) ?? ''])?.[0] || null,
    recipients,
    cc: fixAll(take('cc', extractCc(doc))) ?? [],
    signer: take('signer', extractSigner(doc)),
    urgency: take('urgency', extractUrgency(doc)),
    secrecy: take('secrecy', extractSecrecy(doc)),
    deadlines: tasks?.deadlines ?? [],
    references: take('references', extractReferences(doc, number)) ?? [],
    obligations: tasks?.obligations ?? [],
    events: take('events', extractEvents(doc, docType, issuedDate)) ?? [],
  };
  const agency = issuer.length ? matchAgency(issuer) : null;
  const confidence = judgeFields(doc, fields, found, {
    issuerKnown: agency?.known ?? false,
    placeDateWarned: (placeDate?.warnings.length ?? 0) > 0,
  });
  return { ...fields, agencyKey: agency?.key ?? null, evidence, warnings, confidence, needsReview: needsReview(confidence) };
}

function issuerFromSymbol(number: string | null): Found<string[]> | null {
  const agency = issuerFromNumber(number);
  return agency ? { value: [agency], evidence: null, warnings: [`issuer: no agency lines; "${agency}" inferred from the number's symbol`] } : null;
}
