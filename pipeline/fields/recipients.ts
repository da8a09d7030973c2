// Kính gửi: one addressee per entry, on the same line or as a dash list below.
import type { Doc } from '../document.ts';
import { fold } from '../text/fold.ts';
import { startsWithAnchor } from '../text/anchors.ts';
import type { Found } from './found.ts';
import { readList } from './list-items.ts';
import { followingLines, kinhGuiLine } from './structure.ts';

/** A công điện addresses its readers after "BỘ TRƯỞNG BỘ Y TẾ điện:" instead of "Kính gửi". */
function congDienLine(doc: Doc) {
  return doc.lines.slice(0, 60).find((l) => /(?:^|\s)điện\s*:\s*$/u.test(l.text)) ?? null;
}

export function extractRecipients(doc: Doc): Found<string[]> | null {
  const anchor = kinhGuiLine(doc) ?? congDienLine(doc);
  if (!anchor) return null;
  const firstText = startsWithAnchor(anchor.text, 'Kính gửi') ?? '';
  const following = followingLines(doc, anchor, 25);
  // A dash list, on the anchor line or under it: a line without a dash continues the item above.
  const dashed = /^\s*-/.test(firstText) || (!firstText.trim() && /^\s*-/.test(following[0]?.text ?? ''));
  const items = readList(anchor, following, {
    firstText,
    dropPurposeNotes: true,
    wrapLength: anchor.block === null ? 45 : 0,
    // A single addressee on the anchor line: the next capitalised line is already the body.
    stop: (line) => (!dashed && !/^\s*-/.test(line.text) && !/^\s*\p{Ll}/u.test(line.text)) || /^(thuc hien|can cu|theo)/.test(fold(line.text)),
  });
  if (items.length === 0) return null;
  return {
    value: items.map((i) => i.text),
    evidence: { ...items[0]!.evidence, end: items.at(-1)!.evidence.end },
  };
}
