// Numbers and days filled in at signing time. The e-signing software of registry offices prints
// the letter with blanks ("Số:      /QĐ-UBND", "ngày   tháng
// năm") and, when the letter is signed and registered, draws the number and day into the blanks
// as signature-field widgets whose appearance streams hold the digits. The page's text layer
// does not contain them; the widgets' appearance streams do.
import { AnnotationMode, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PDFPageProxy } from 'pdfjs-dist/types/src/display/api.js';
import type { PageViewport } from 'pdfjs-dist/types/src/display/display_utils.js';
import type { TextItem } from '../types.ts';

/** What the signing software drew: fill-ins positioned on the page, and e-signature box texts. */
export interface AnnotationTexts {
  fillIns: TextItem[];
  stamps: string[];
}

const NONE: AnnotationTexts = { fillIns: [], stamps: [] };

/** A number or a day/month written into a blank: short, starting with a digit. */
const FILL_IN = /^\p{N}[\p{L}\p{N}./-]{0,15}$/u;
const E_SIGNATURE = /Ký bởi|Thời gian ký|Giờ ký|Người ký|Signed by/iu;

/** The text layer leaves the number or a date part blank ("Số:   /", "ngày   tháng", "tháng   năm"). */
const BLANK = /Số\s*:?\s*\/|ngày\s+tháng|tháng\s+năm/iu;

export const hasBlankToFill = (pageText: string) => BLANK.test(pageText);

interface AnnotationData {
  id: string;
  subtype: string;
  rect: number[];
  hasAppearance?: boolean;
}

interface Glyph {
  unicode?: string;
}

/** The text each annotation's appearance stream shows, by annotation id. */
async function appearanceTexts(page: PDFPageProxy): Promise<Map<string, string>> {
  const ops = await page.getOperatorList({ annotationMode: AnnotationMode.ENABLE });
  const texts = new Map<string, string>();
  let current: string | null = null;
  for (let i = 0; i < ops.fnArray.length; i++) {
    const fn = ops.fnArray[i];
    const args = ops.argsArray[i] as unknown[];
    if (fn === OPS.beginAnnotation) current = String(args[0]);
    else if (fn === OPS.endAnnotation) current = null;
    else if (current !== null && (fn === OPS.showText || fn === OPS.showSpacedText)) {
      let text = texts.get(current) ?? '';
      for (const glyph of args[0] as (Glyph | number | null)[]) {
        if (glyph && typeof glyph === 'object' && glyph.unicode) text += glyph.unicode;
        else if (typeof glyph === 'number' && glyph < -200) text += ' '; // a kerning gap wide enough to be a space
      }
      texts.set(current, text);
    }
  }
  return texts;
}

/**
 * Texts drawn by widget and FreeText annotations, read from their appearance streams. Costs an
 * operator list (0.1-1 s a page), so callers ask only for pages that need it.
 */
export async function annotationTexts(page: PDFPageProxy, viewport: PageViewport): Promise<AnnotationTexts> {
  const annotations = (await page.getAnnotations()) as AnnotationData[];
  const drawn = annotations.filter((a) => (a.subtype === 'Widget' || a.subtype === 'FreeText') && a.hasAppearance);
  if (drawn.length === 0) return NONE;
  const texts = await appearanceTexts(page);
  const out: AnnotationTexts = { fillIns: [], stamps: [] };
  for (const annotation of drawn) {
    const text = (texts.get(annotation.id) ?? '').replace(/\s+/g, ' ').trim();
    if (!text) continue;
    if (E_SIGNATURE.test(text)) out.stamps.push(text);
    else if (FILL_IN.test(text)) {
      const [xa, ya, xb, yb] = viewport.convertToViewportRectangle(annotation.rect) as [number, number, number, number];
      out.fillIns.push({ text, x0: Math.min(xa, xb), y0: Math.min(ya, yb), x1: Math.max(xa, xb), y1: Math.max(ya, yb) });
    }
  }
  return out;
}

/**
 * A fill-in drawn into a text-layer line: its box is the widget's rectangle, usually taller than
 * the printed line; it is narrowed to the height of the printed text it sits in, so reading order
 * puts it on that line, and spaced, since its box is the blank's width rather than the digits'.
 */
export function fitToLine(fillIn: TextItem, items: TextItem[]): TextItem {
  const middle = (fillIn.y0 + fillIn.y1) / 2;
  const host = items
    .filter((i) => i.y0 <= middle + (fillIn.y1 - fillIn.y0) / 2 && i.y1 >= middle - (fillIn.y1 - fillIn.y0) / 2)
    .sort((a, b) => Math.abs((a.y0 + a.y1) / 2 - middle) - Math.abs((b.y0 + b.y1) / 2 - middle))[0];
  const spaced = { ...fillIn, text: ` ${fillIn.text} ` };
  return host ? { ...spaced, y0: host.y0, y1: host.y1 } : spaced;
}
