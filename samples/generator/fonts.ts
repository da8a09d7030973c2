// Where the fonts live. Liberation Serif has the metrics of Times New Roman; version 2
// (Debian fonts-liberation2) has the Vietnamese letters, version 1.07 (fonts-liberation) does not,
// so the first folder whose Regular face can draw "ệ" and "ư" wins.
import fontkit from '@pdf-lib/fontkit';
import { existsSync, readFileSync } from 'node:fs';

export const FONT_DIRS = [
  process.env.VANTHU_FONT_DIR,
  '/usr/share/fonts/truetype/liberation2',
  '/usr/share/fonts/truetype/liberation',
].filter((d): d is string => Boolean(d));

export const FONT_FILES = {
  regular: 'LiberationSerif-Regular.ttf',
  bold: 'LiberationSerif-Bold.ttf',
  italic: 'LiberationSerif-Italic.ttf',
  boldItalic: 'LiberationSerif-BoldItalic.ttf',
} as const;

export type FontFace = keyof typeof FONT_FILES;

const VIETNAMESE_PROBE = [0x1ec7, 0x01b0, 0x01a1, 0x1ea1, 0x0111]; // ệ ư ơ ạ đ

let chosenDir: string | null = null;

function coversVietnamese(path: string): boolean {
  const font = fontkit.create(readFileSync(path)) as unknown as {
    hasGlyphForCodePoint(cp: number): boolean;
  };
  return VIETNAMESE_PROBE.every((cp) => font.hasGlyphForCodePoint(cp));
}

export function fontDir(): string {
  if (chosenDir) return chosenDir;
  for (const dir of FONT_DIRS) {
    const path = `${dir}/${FONT_FILES.regular}`;
    if (existsSync(path) && coversVietnamese(path)) {
      chosenDir = dir;
      return dir;
    }
  }
  throw new Error(
    `no Liberation Serif with Vietnamese letters in ${FONT_DIRS.join(', ')}: ` +
      'install the Debian package fonts-liberation2 (apt-get install fonts-liberation2) or set VANTHU_FONT_DIR',
  );
}

export function readFont(face: FontFace): Uint8Array {
  return readFileSync(`${fontDir()}/${FONT_FILES[face]}`);
}

export function faceOf(bold?: boolean, italic?: boolean): FontFace {
  if (bold && italic) return 'boldItalic';
  if (bold) return 'bold';
  if (italic) return 'italic';
  return 'regular';
}
