// Nhiệm vụ: who must do what by when. A letter assigns work in numbered items under a lead-in
// ("Bộ Y tế đề nghị các đơn vị ... thực hiện một số nội dung sau:"), in sentences that name the
// units ("Giao Sở Giao thông vận tải chủ trì ..."), and in any clause with a time limit. Each
// becomes an obligation: the clause, the action, the assignees (the item's own units, else the
// lead-in's, else the Kính gửi list), the due date or recurrence, and where to report.
import type { Obligation } from '../../schemas/obligation.ts';
import type { Deadline } from '../../schemas/record.ts';
import type { Doc } from '../document.ts';
import { evidenceOver } from '../document.ts';
import { fold } from '../text/fold.ts';
import { addresseeAliases, isUnitName, mentionsAction, resolveAssignees, unitPhraseAt, type AddresseeContext } from './assignees.ts';
import { deadlinesIn, type FoundDeadline } from './deadlines.ts';
import type { Found } from './found.ts';
import { paragraphs, type Paragraph } from './paragraphs.ts';
import { reportTo } from './report-to.ts';
import { bodyStart, signatureLines } from './structure.ts';
import { recurrence } from './time-limits.ts';

export interface ObligationContext {
  issuedDate: string | null;
  recipients: string[];
  issuer: string[];
}

export interface Obligations {
  obligations: Obligation[];
  /** The time limits among them, one per dated or recurring clause: the record's `deadlines`. */
  deadlines: Deadline[];
}

const MARKER = /^\s*(?:(\d+(?:\.\d+)*[.)])|([a-zđ][.)])|([-+•])|([IVX]+\.)|(Điều\s+\d+\.?))\s*/u;
/** A paragraph that introduces the items it asks for ("... đề nghị các đơn vị thực hiện:"). */
const LEAD_IN = /(?:de nghi|yeu cau|(?:^|\s)giao\b|chi dao|nhiem vu|phan cong|trach nhiem)[^:]*:\s*$/;
/** "Khoa Phòng, chống bệnh truyền nhiễm: chủ trì rà soát ..." — the units, a colon, the action. */
const UNIT_COLON = /^([^:]{3,120}?):\s+(?=\p{Ll})/u;
/** Sentences that ask nothing checkable: courtesy, offers of help, invitations. */
const COURTESY = /neu co (?:kho khan|vuong mac)|quan tam,? (?:phoi hop|chi dao|thuc hien)|de duoc (?:ho tro|huong dan|giai dap)|tran trong cam on|kinh moi|tran trong moi|rat mong/;
/** Clauses about the document itself, not tasks: "Quyết định này có hiệu lực kể từ ngày ký". */
const NOT_A_TASK = /co hieu luc|het hieu luc|thay the (?:quyet dinh|van ban)|bai bo/;
/** A sentence that asks someone named for something ("Giao" only heads a sentence: "Sở Giao thông"). */
const ASKS = /(?:de nghi|yeu cau|chiu trach nhiem|co trach nhiem|chu tri)\b|(?:^|[;:]\s*)giao\b/;
const ASK_WORD = /(?:kinh |tran trong )?(?:de nghi|yeu cau)\b(?! quyet| dinh)|(?:^|[;:]\s*)giao\b/g;

interface Section {
  /** Assignees of the items under the lead-in. */
  assignees: string[];
  /** Under a heading item ("1. Sở Y tế:"): its marker kind and the section it interrupts. */
  heading?: { kind: number; outer: Section };
}

/** Which kind of list marker starts the text (digit, letter, dash, ...), or null for none. */
function markerKind(text: string): number | null {
  const m = MARKER.exec(text);
  return m ? m.slice(1).findIndex(Boolean) : null;
}

const sentenceSegmenter = new Intl.Segmenter('vi', { granularity: 'sentence' });
function sentences(text: string): { text: string; start: number }[] {
  return [...sentenceSegmenter.segment(text)].filter((s) => s.segment.trim()).map((s) => ({ text: s.segment.trim(), start: s.index }));
}

/** The units a clause names after "đề nghị"/"yêu cầu"/"Giao", at its head, or before a colon. */
function ownAssignees(clause: string, context: AddresseeContext): { assignees: string[]; end: number } | null {
  const body = clause.replace(MARKER, '');
  const offset = clause.length - body.length;
  const colon = UNIT_COLON.exec(body);
  if (colon && isUnitName(colon[1]!)) {
    return { assignees: resolveAssignees(colon[1]!, context), end: offset + colon[0].length };
  }
  let phrase = null;
  for (const ask of fold(body).matchAll(ASK_WORD)) {
    phrase = unitPhraseAt(body, ask.index + /^[;:]?\s*/.exec(ask[0])![0].length);
    if (phrase) break;
  }
  phrase ??= unitPhraseAt(body);
  return phrase ? { assignees: resolveAssignees(phrase.text, context), end: offset + phrase.end } : null;
}

/** A heading in capitals ("II. TÌNH HÌNH THỰC HIỆN"): never an obligation. */
function isHeading(text: string): boolean {
  const letters = text.replace(MARKER, '').replace(/[^\p{L}]/gu, '');
  return letters.length > 0 && letters === letters.toUpperCase();
}

/** "1. Sở Y tế:" — an item that only names who does the items under it (OCR may drop the colon). */
function headingUnits(text: string, context: AddresseeContext): string[] | null {
  const name = text.replace(MARKER, '').replace(/[:.]\s*$/, '');
  return isUnitName(name) ? resolveAssignees(name, context) : null;
}

/** What is to be done: the clause without the units at its head and without the time limit. */
function actionOf(text: string, subjectEnd: number, limits: FoundDeadline[]): string {
  let action = text.replace(MARKER, '');
  const cut = text.length - action.length;
  if (subjectEnd > cut) action = text.slice(subjectEnd);
  const limit = limits[0];
  if (limit && limit.date) {
    const at = fold(action).search(/,?\s*(?:hoan thanh |gui (?:ve [^,;]*)?|bao cao )?(?:truoc|cham nhat|khong muon hon|han chot)\b/);
    if (at > 15) action = action.slice(0, at);
  }
  action = action.trim().replace(/[\s,;:.]+$/u, '').replace(/\/\.$/, '');
  return action.charAt(0).toUpperCase() + action.slice(1);
}

function bodyParagraphs(doc: Doc): Paragraph[] {
  const signature = new Set(signatureLines(doc).map((l) => l.index));
  return paragraphs(doc.lines.slice(bodyStart(doc)).filter((l) => !signature.has(l.index)));
}

export function extractObligations(doc: Doc, ctx: ObligationContext): Found<Obligations> | null {
  const context: AddresseeContext = { recipients: ctx.recipients, aliases: addresseeAliases(doc.text) };
  const obligations: Obligation[] = [];
  const deadlines: Deadline[] = [];
  let section: Section | null = null;

  const add = (text: string, paragraph: Paragraph, fallback: string[], limits: FoundDeadline[]) => {
    const own = ownAssignees(text, context);
    const assignees = own?.assignees ?? fallback;
    const rule = recurrence(text);
    const dated = limits.find((l) => l.date);
    // Asked of nobody, by no date, never again, or no action at all: nothing a manager could track.
    if (!limits.length && (!assignees.length || !mentionsAction(text) || NOT_A_TASK.test(fold(text)))) return;
    obligations.push({
      text: text.replace(MARKER, '').trim().replace(/[;,]$/, ''),
      action: actionOf(text, own?.end ?? 0, limits),
      assignees,
      due: dated?.date ?? null,
      recurrence: dated ? null : rule,
      reportTo: reportTo(text, ctx.issuer),
      evidence: evidenceOver(paragraph.first, paragraph.last),
    });
    for (const l of limits) deadlines.push({ date: l.date, text: l.text });
  };

  for (const p of bodyParagraphs(doc)) {
    const folded = fold(p.text);
    const kind = markerKind(p.text);
    if (kind === null) section = null; // a plain paragraph ends any list
    const heading: string[] | null = kind !== null && section ? headingUnits(p.text, context) : null;
    if (heading && section && kind !== null) {
      const outer: Section = section.heading && section.heading.kind === kind ? section.heading.outer : section;
      section = { assignees: heading, heading: { kind, outer } };
      continue;
    }
    if (LEAD_IN.test(folded)) {
      // "Bộ Y tế đề nghị các đơn vị ... thực hiện một số nội dung sau:" heads the items below.
      section = { assignees: ownAssignees(p.text, context)?.assignees ?? ctx.recipients };
      continue;
    }
    if (isHeading(p.text)) continue;
    // Back at the heading's own level: the heading's units no longer apply.
    if (section?.heading && kind === section.heading.kind) section = section.heading.outer;
    const limits = deadlinesIn(p.text, ctx.issuedDate);
    if (section && kind !== null) {
      // An item with several dated limits is several obligations, one per clause.
      if (new Set(limits.map((l) => l.date)).size > 1) for (const l of limits) add(l.text, p, section.assignees, [l]);
      else add(p.text, p, section.assignees, limits);
      continue;
    }
    for (const s of sentences(p.text)) {
      const sentenceLimits = limits.filter((l) => l.index >= s.start && l.index <= s.start + s.text.length);
      const asks = (ASKS.test(fold(s.text)) || (kind !== null && UNIT_COLON.test(s.text.replace(MARKER, '')))) && !COURTESY.test(fold(s.text)) && ownAssignees(s.text, context);
      if (!sentenceLimits.length && !asks) continue;
      // A long sentence (a title run into the body) is cut to the clause that sets the limit.
      const one = sentenceLimits.length === 1 && s.text.length > 300 ? sentenceLimits[0]!.text : s.text;
      if (new Set(sentenceLimits.map((l) => l.date)).size > 1) for (const l of sentenceLimits) add(l.text, p, ctx.recipients, [l]);
      else add(one, p, ctx.recipients, sentenceLimits);
    }
  }
  return obligations.length ? { value: { obligations, deadlines }, evidence: null } : null;
}
