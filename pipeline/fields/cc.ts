// Nơi nhận: the distribution list left of the signer; "(để b/c)" notes dropped, "Lưu: VT, ..." kept.
import type { Doc, DocLine } from '../document.ts';
import { startsWithAnchor } from '../text/anchors.ts';
import type { Found } from './found.ts';
import { readList } from './list-items.ts';
import { noiNhanLine } from './structure.ts';
import { isAuthorityLine } from './signer.ts';

export function extractCc(doc: Doc): Found<string[]> | null {
  const anchor = noiNhanLine(doc);
  if (!anchor) return null;
  const sameColumn = (l: DocLine) => anchor.block === null || (l.block === anchor.block && l.column === anchor.column);
  const following = doc.lines.slice(anchor.index + 1).filter((l, i) => i < 40 && (anchor.block === null || l.block === anchor.block));
  const items = readList(anchor, following.filter(sameColumn), {
    firstText: (startsWithAnchor(anchor.text, 'Nơi nhận') ?? '').replace(/^[^-\p{L}]*/u, ''),
    dropPurposeNotes: true,
    stop: (line) => isAuthorityLine(line.text),
  });
  if (items.length === 0) return null;
  return { value: items.map((i) => i.text), evidence: { ...items[0]!.evidence, end: items.at(-1)!.evidence.end } };
}
