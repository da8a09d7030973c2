// Fulfilment: a report (báo cáo, or a công văn "báo cáo kết quả ...") that cites the requesting
// letter and comes from one of its assignees answers that assignee's obligations. Assignees are
// often classes ("Sở Y tế các tỉnh, thành phố trực thuộc Trung ương"): a report from "SỞ Y TẾ
// TỈNH NINH BÌNH" answers for its own unit within the class.
import { canonicalNumber } from '../domain/number.ts';
import { fold } from '../pipeline/text/fold.ts';
import type { Fulfilment } from '../schemas/obligation.ts';
import type { DocumentRecord } from '../schemas/record.ts';

/** The sending unit as one name: the agency line, with the province of its parent when it lacks one. */
export function unitOf(issuer: string[]): string | null {
  const agency = issuer.at(-1);
  if (!agency) return null;
  const parent = issuer.length > 1 ? issuer.at(-2)! : '';
  const place = /(?:TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ)\s+.+$/iu.exec(parent)?.[0];
  return place && !/(?:tinh|thanh pho|huyen|quan|thi xa)\s/.test(fold(agency)) ? `${agency} ${place}` : agency;
}

/** "Giám đốc Sở Y tế ..." asks the Sở; "Các bệnh viện ..." is the class of bệnh viện. */
function core(assignee: string): string {
  return fold(assignee)
    .replace(/^(?:cac |quy )?(?:dong chi )?(?:giam doc|thu truong|chu tich|vien truong|lanh dao|truong)\s+(?=\S)/, '')
    .replace(/^(?:cac|quy|moi)\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Does the assignee name this unit, or a class it belongs to? */
export function assigneeCovers(assignee: string, unit: string): boolean {
  const a = core(assignee);
  const u = fold(unit).replace(/\s+/g, ' ').trim();
  if (!a || !u) return false;
  if (u === a || u.startsWith(`${a} `) || a.startsWith(`${u} `)) return true;
  // A class: "Sở Y tế các tỉnh, thành phố" covers every "Sở Y tế <tỉnh>"; "Các bệnh viện trực
  // thuộc Bộ Y tế" every "Bệnh viện <name>" (membership itself cannot be checked from the text).
  const plural = /^(?:cac|nhung)\s/.test(fold(assignee).replace(/^(?:giam doc|thu truong|chu tich|vien truong)\s+/, '')) || /\scac\s/.test(a);
  if (!plural) return false;
  const head = a.split(/\s+(?:cac|truc thuoc|thuoc|tren|tai|co)\s+|,/)[0]!.trim();
  return head.length >= 4 && head !== 'don vi' && head !== 'co quan' && u.startsWith(`${head} `);
}

/** What fulfilment reads of a report: small enough to fetch by the thousand. */
export type ReportSummary = Pick<DocumentRecord, 'id' | 'number' | 'issuer' | 'issuedDate' | 'docType' | 'subject' | 'references'>;
export const REPORT_FIELDS = ['id', 'number', 'issuer', 'issuedDate', 'docType', 'subject', 'references'] as const;

/** A submitted report: a Báo cáo, or a letter whose trích yếu says it reports ("V/v báo cáo kết quả ..."). */
export function isReport(record: ReportSummary): boolean {
  return record.docType === 'Báo cáo' || /\bbao cao\b/.test(fold(record.subject ?? ''));
}

/** Does `report` cite `letter` by its number (canonical form on both sides)? */
export function cites(report: ReportSummary, letter: Pick<DocumentRecord, 'number'>): boolean {
  if (!letter.number) return false;
  const wanted = canonicalNumber(letter.number);
  return report.references.some((r) => canonicalNumber(r.number) === wanted);
}

/** The answers `report` gives to one obligation's assignees (none when it is not a report of theirs). */
export function answers(report: ReportSummary, assignees: string[]): Fulfilment[] {
  const unit = unitOf(report.issuer);
  if (!unit || !isReport(report)) return [];
  return assignees
    .filter((a) => assigneeCovers(a, unit))
    .map((assignee) => ({ assignee, unit, documentId: report.id, number: report.number, issuedDate: report.issuedDate }));
}
