// @pdf-lib/fontkit 1.1.1 writes a broken TrueType subset when a glyph record has an odd length:
// it picks the short `loca` format, which stores offsets halved, so every glyph after the odd one
// is read from the wrong place (blank or garbled letters, most visibly Vietnamese ones, which
// Liberation Serif builds as composite glyphs). Upstream fontkit fixed this long ago; the fork was
// never updated. We pad each glyph record to an even length at run time, which keeps the short
// offsets exact. Nothing in node_modules is changed.
import fontkit from '@pdf-lib/fontkit';
import { readFont } from './fonts.ts';

type Bytes = Uint8Array & { copy?: unknown };

interface SubsetProto {
  _addGlyph(this: SubsetThis, gid: number): number;
  __vanthuPadded?: boolean;
}

interface SubsetThis {
  glyf: Bytes[];
  offset: number;
}

let done = false;

export function patchFontkitSubset(): typeof fontkit {
  if (done) return fontkit;
  const font = fontkit.create(readFont('regular') as unknown as Buffer) as unknown as {
    createSubset(): object;
  };
  const proto = Object.getPrototypeOf(font.createSubset()) as SubsetProto;
  if (!proto.__vanthuPadded && typeof proto._addGlyph === 'function') {
    const original = proto._addGlyph;
    proto._addGlyph = function padded(this: SubsetThis, gid: number): number {
      const index = original.call(this, gid);
      const buf = this.glyf[this.glyf.length - 1];
      if (buf && buf.length % 2 === 1) {
        const out = new Uint8Array(buf.length + 1);
        out.set(buf);
        this.glyf[this.glyf.length - 1] = Buffer.isBuffer(buf) ? Buffer.from(out.buffer) : out;
        this.offset += 1;
      }
      return index;
    };
    proto.__vanthuPadded = true;
  }
  done = true;
  return fontkit;
}
