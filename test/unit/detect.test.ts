import { Document, Packer, Paragraph } from 'docx';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { DOCX, PDF, detectMimeType, pdfHeaderOffset } from '../../pipeline/detect.ts';
import { BadInputError } from '../../pipeline/errors.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);

async function reason(bytes: Uint8Array): Promise<string> {
  const error = await detectMimeType(bytes).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(BadInputError);
  return (error as BadInputError).reason;
}

describe('detectMimeType', () => {
  it('rejects an empty file', async () => {
    expect(await reason(new Uint8Array())).toBe('empty file');
  });
  it('rejects plain text, even Vietnamese', async () => {
    expect(await reason(utf8('Kính gửi: Sở Y tế tỉnh Nghệ An\nSở Y tế đề nghị ...'))).toBe('unsupported format');
  });
  it('recognises a PDF from its header', async () => {
    const pdf = utf8('%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n');
    expect(await detectMimeType(pdf)).toBe(PDF);
  });
  it('recognises PNG and JPEG images', async () => {
    const image = sharp({ create: { width: 4, height: 4, channels: 3, background: '#ffffff' } });
    expect(await detectMimeType(new Uint8Array(await image.clone().png().toBuffer()))).toBe('image/png');
    expect(await detectMimeType(new Uint8Array(await image.clone().jpeg().toBuffer()))).toBe('image/jpeg');
  });
  it('rejects an image type it does not read (GIF)', async () => {
    const gif = new Uint8Array([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 1, 0, 1, 0, 0, 0, 0, 0x3b]);
    expect(await reason(gif)).toBe('unsupported format');
  });
  it('calls a ZIP that is not a DOCX a corrupt file', async () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new Array<number>(60).fill(0)]);
    expect(await reason(zip)).toBe('corrupt file');
  });
  it('recognises a DOCX built in memory', async () => {
    const doc = new Document({ sections: [{ children: [new Paragraph('Kính gửi: Sở Y tế tỉnh Nghệ An')] }] });
    expect(await detectMimeType(new Uint8Array(await Packer.toBuffer(doc)))).toBe(DOCX);
  });
  it('recognises a PDF whose header follows junk bytes within the first 1024 (ISO 32000-1 annex H)', async () => {
    const body = '%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n';
    const junk = utf8(`Content-Type: application/pdf\r\n\r\n${body}`);
    expect(pdfHeaderOffset(junk)).toBe(33);
    expect(await detectMimeType(junk)).toBe(PDF);
    expect(await reason(utf8(`${'x'.repeat(1100)}${body}`))).toBe('unsupported format');
  });
  it('tells a Word compound file from other OLE compound files', async () => {
    const header = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array<number>(1016).fill(0)];
    const other = new Uint8Array(header);
    expect(await reason(other)).toBe('unsupported format');
    const word = new Uint8Array([...header, ...new TextEncoder().encode('\0'), ...Buffer.from('WordDocument', 'utf16le')]);
    expect(await detectMimeType(word)).toBe('application/msword');
  });
});
