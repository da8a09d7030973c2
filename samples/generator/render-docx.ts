// Renders a Letter to DOCX with the docx package: A4, Times New Roman 13-14 pt, the header and the
// signature block as borderless two-column tables, page numbers from page 2 in the header.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { HEADER_LEFT_SHARE, PAGE, SIGN_LEFT_SHARE, TABLE_OUTDENT_MM, twip } from './geometry.ts';
import type { Letter, Paragraph as BodyParagraph } from './model.ts';
import { printedSubject, typeTitle } from './model.ts';
import { MOTTO_1, MOTTO_2, ccLines, placeDate, signLines } from './printed.ts';
import { readZip, writeZip } from './zip.ts';

type Align = (typeof AlignmentType)[keyof typeof AlignmentType];

interface Txt {
  text: string;
  size: number; // points
  bold?: boolean;
  italics?: boolean;
}

const CONTENT_TW = twip(PAGE.widthMm - PAGE.leftMm - PAGE.rightMm);
const TABLE_TW = CONTENT_TW + twip(TABLE_OUTDENT_MM);

function run(t: Txt, font: string): TextRun {
  return new TextRun({ text: t.text, size: Math.round(t.size * 2), bold: t.bold, italics: t.italics, font });
}

function para(
  runs: Txt[],
  font: string,
  opts: { align?: Align; before?: number; after?: number; firstLine?: number; left?: number; right?: number; line?: number } = {},
): Paragraph {
  return new Paragraph({
    alignment: opts.align ?? AlignmentType.CENTER,
    spacing: { before: opts.before ?? 0, after: opts.after ?? 0, line: opts.line ?? 240 },
    indent: { firstLine: opts.firstLine ?? 0, left: opts.left ?? 0, right: opts.right ?? 0 },
    children: runs.map((r) => run(r, font)),
  });
}

/** A short centred rule: an empty paragraph whose bottom border is narrowed by indents. */
function rule(columnTw: number, lengthTw: number): Paragraph {
  const side = Math.max(0, Math.round((columnTw - lengthTw) / 2));
  return new Paragraph({
    spacing: { before: 0, after: 60, line: 120 },
    indent: { left: side, right: side },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [],
  });
}

function cell(widthTw: number, children: Paragraph[]): TableCell {
  return new TableCell({
    width: { size: widthTw, type: WidthType.DXA },
    margins: { left: 60, right: 60, top: 0, bottom: 0 },
    children: children.length ? children : [new Paragraph({ children: [] })],
  });
}

function table(widths: [number, number], rows: [Paragraph[], Paragraph[]][]): Table {
  return new Table({
    width: { size: widths[0] + widths[1], type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    indent: { size: -twip(TABLE_OUTDENT_MM), type: WidthType.DXA },
    borders: TableBorders.NONE,
    rows: rows.map(([l, r]) => new TableRow({ cantSplit: true, children: [cell(widths[0], l), cell(widths[1], r)] })),
  });
}

function headerTable(letter: Letter, font: string): Table {
  const leftTw = Math.round(TABLE_TW * HEADER_LEFT_SHARE);
  const rightTw = TABLE_TW - leftTw;
  const left1: Paragraph[] = [];
  letter.issuer.forEach((entry, i) => {
    const bold = i === letter.issuer.length - 1;
    for (const line of entry.split('\n')) left1.push(para([{ text: line, size: 13, bold }], font));
  });
  left1.push(rule(leftTw, 1100));
  const right1 = [
    para([{ text: MOTTO_1, size: 12.5, bold: true }], font),
    para([{ text: MOTTO_2, size: 13.5, bold: true }], font),
    rule(rightTw, 3050),
  ];
  const left2 = [para([{ text: `Số: ${letter.number}`, size: 13 }], font, { before: 120 })];
  if (letter.docType === 'Công văn') {
    left2.push(para([{ text: printedSubject(letter), size: 12 }], font, { before: 40 }));
  }
  if (letter.urgency) {
    const w = 300 + letter.urgency.length * 190;
    const side = Math.max(0, Math.round((leftTw - w) / 2));
    const border = { style: BorderStyle.SINGLE, size: 8, color: '000000', space: 2 };
    left2.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { before: 200, after: 0 },
        indent: { left: side, right: side },
        border: { top: border, bottom: border, left: border, right: border },
        children: [run({ text: letter.urgency, size: 13, bold: true }, font)],
      }),
    );
  }
  const right2 = [para([{ text: placeDate(letter), size: 13.5, italics: true }], font, { before: 120 })];
  return table([leftTw, rightTw], [
    [left1, right1],
    [left2, right2],
  ]);
}

function titleBlock(letter: Letter, font: string): Paragraph[] {
  if (letter.docType === 'Công văn') return [];
  const out = [
    para([{ text: typeTitle(letter.docType), size: 14, bold: true }], font, { before: 360 }),
    para([{ text: printedSubject(letter), size: 14, bold: true }], font, {
      line: 264,
      left: Math.round(CONTENT_TW * 0.06),
      right: Math.round(CONTENT_TW * 0.06),
    }),
    rule(CONTENT_TW, 2200),
  ];
  if (letter.authorityLine) {
    out.push(para([{ text: letter.authorityLine, size: 14, bold: true }], font, { before: 160, after: 80 }));
  }
  return out;
}

function recipientsBlock(letter: Letter, font: string): Paragraph[] {
  if (letter.recipients.length === 0) return [];
  const size = letter.style.bodySize;
  const label = letter.recipientsLabel ?? 'Kính gửi:';
  const line = 300;
  if (label !== 'Kính gửi:') {
    const out = [para([{ text: label, size, bold: true }], font, { align: AlignmentType.LEFT, before: 160, firstLine: 567, line })];
    letter.recipients.forEach((r, i) => {
      const end = i === letter.recipients.length - 1 ? '.' : ';';
      out.push(para([{ text: `- ${r}${end}`, size }], font, { align: AlignmentType.LEFT, left: 567, line }));
    });
    return out;
  }
  const labelLeft = Math.round(CONTENT_TW * (letter.recipients.length === 1 ? 0.16 : 0.12));
  if (letter.recipients.length === 1) {
    return [
      para([{ text: `${label} ${letter.recipients[0]}.`, size }], font, {
        align: AlignmentType.LEFT,
        before: 200,
        after: 120,
        left: labelLeft,
        line,
      }),
    ];
  }
  const hang = labelLeft + Math.round(size * 20 * 4.6);
  const out = letter.recipients.map((r, i) => {
    const end = i === letter.recipients.length - 1 ? '.' : ';';
    const text = i === 0 ? `${label}\t- ${r}${end}` : `- ${r}${end}`;
    return new Paragraph({
      alignment: AlignmentType.LEFT,
      spacing: { before: i === 0 ? 200 : 0, after: 0, line },
      indent: i === 0 ? { left: hang, hanging: hang - labelLeft } : { left: hang },
      tabStops: [{ type: 'left', position: hang }],
      children: [run({ text, size }, font)],
    });
  });
  if (letter.recipientsNote) {
    out.push(para([{ text: letter.recipientsNote, size, italics: true }], font, { align: AlignmentType.LEFT, left: hang, line }));
  }
  return out;
}

function bodyParagraph(p: BodyParagraph, size: number, font: string): Paragraph {
  const align = p.align ?? 'justify';
  const indent = (p.indent ?? align === 'justify') ? 567 : 0;
  const children: TextRun[] = [];
  if (p.label) children.push(run({ text: `${p.label} `, size, bold: p.labelBold }, font));
  for (const r of p.runs) children.push(run({ text: r.text, size, bold: r.bold, italics: r.italic }, font));
  return new Paragraph({
    alignment: align === 'center' ? AlignmentType.CENTER : align === 'left' ? AlignmentType.LEFT : AlignmentType.JUSTIFIED,
    spacing: { before: Math.round((p.spaceBefore ?? 5) * 20), after: 0, line: 312 },
    indent: { firstLine: indent },
    children,
  });
}

function signatureTable(letter: Letter, font: string): Table {
  const leftTw = Math.round(TABLE_TW * SIGN_LEFT_SHARE);
  const rightTw = TABLE_TW - leftTw;
  const left: Paragraph[] = [];
  if (letter.cc.length) {
    left.push(para([{ text: 'Nơi nhận:', size: 12, bold: true, italics: true }], font, { align: AlignmentType.LEFT }));
    for (const l of ccLines(letter)) left.push(para([{ text: l, size: 11 }], font, { align: AlignmentType.LEFT }));
  }
  const right: Paragraph[] = [];
  for (const l of signLines(letter)) {
    if (l === null) for (let i = 0; i < 5; i++) right.push(para([{ text: '', size: 13.5 }], font));
    else right.push(para([{ text: l, size: 13.5, bold: true }], font));
  }
  return table([leftTw, rightTw], [[left, right]]);
}

export async function renderDocx(letter: Letter): Promise<Buffer> {
  const font = letter.style.docxFont;
  const size = letter.style.bodySize;
  const children: (Paragraph | Table)[] = [
    headerTable(letter, font),
    ...titleBlock(letter, font),
    ...recipientsBlock(letter, font),
    ...letter.body.map((p) => bodyParagraph(p, size, font)),
    new Paragraph({ spacing: { before: 120, after: 0 }, children: [] }),
    signatureTable(letter, font),
  ];
  const doc = new Document({
    creator: 'vanthu samples generator',
    title: `${letter.docType} ${letter.number}`,
    styles: { default: { document: { run: { font, size: size * 2 } } } },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: twip(PAGE.widthMm), height: twip(PAGE.heightMm) },
            margin: {
              top: twip(PAGE.topMm),
              bottom: twip(PAGE.bottomMm),
              left: twip(PAGE.leftMm),
              right: twip(PAGE.rightMm),
              header: twip(10),
              footer: twip(10),
            },
          },
        },
        headers: {
          first: new Header({ children: [new Paragraph({ children: [] })] }),
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: [PageNumber.CURRENT], size: 26, font })],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return fixTimestamps(await Packer.toBuffer(doc), `${letter.date}T08:00:00Z`);
}

/**
 * The docx package stamps core.xml and every ZIP entry with the current time; rewrite both so the
 * same letter always gives the same bytes (dated the day of the letter).
 */
function fixTimestamps(docx: Buffer, when: string): Buffer {
  const entries = readZip(docx).map((e) => {
    if (e.name !== 'docProps/core.xml') return e;
    const xml = e.data
      .toString('utf8')
      .replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:)/g, `$1${when}$2`);
    return { name: e.name, data: Buffer.from(xml, 'utf8') };
  });
  return writeZip(entries);
}
