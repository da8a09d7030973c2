// Reading and writing edXML safely with fast-xml-parser. Untrusted packages are refused before
// parsing when they are too large or declare a DTD (no DOCTYPE at all: so no external entity and
// no entity expansion can exist), then checked for well-formedness, parsed with a nesting cap and
// only the predefined XML entities, and validated by our zod schema.
import { XMLBuilder, XMLParser, XMLValidator } from 'fast-xml-parser';
import type { z } from 'zod';
import { BadInputError } from '../../pipeline/errors.ts';

export const EDXML_NS = 'http://www.mic.gov.vn/TBT/QCVN_102_2016';
export const XLINK_NS = 'http://www.w3.org/1999/xlink';

/** Deepest element nesting accepted (a package is about six levels deep). */
export const MAX_DEPTH = 32;

const REPEATED_PATHS = new Set([
  'edXMLEnvelope.edXMLHeader.MessageHeader.To',
  'edXMLEnvelope.edXMLHeader.MessageHeader.ToPlaces.Place',
  'edXMLEnvelope.edXMLHeader.MessageHeader.OtherInfo.Appendixes.Appendix',
  'edXMLEnvelope.edXMLHeader.TraceHeaderList.TraceHeader',
  'edXMLEnvelope.edXMLBody.edXMLManifest.Reference',
  'edXMLEnvelope.edXMLBody.Attachment',
]);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: true,
  htmlEntities: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  maxNestedTags: MAX_DEPTH,
  isArray: (_name, jPath) => REPEATED_PATHS.has(String(jPath)),
});

/** Parses and validates an untrusted package; any problem is a BadInputError saying which. */
export function parseEdxml<S extends z.ZodType>(input: Uint8Array | string, schema: S, maxBytes: number): z.infer<S> {
  const bytes = typeof input === 'string' ? Buffer.byteLength(input) : input.byteLength;
  if (bytes === 0) throw new BadInputError('empty file', 'the edXML package is empty');
  if (bytes > maxBytes) throw new BadInputError('too large', `the edXML package has ${bytes} bytes, the limit is ${maxBytes}`);
  const xml = typeof input === 'string' ? input : Buffer.from(input.buffer, input.byteOffset, input.byteLength).toString('utf8');
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) throw new BadInputError('invalid edXML', 'a DTD (DOCTYPE or ENTITY) is not accepted in an edXML package');
  const wellFormed = XMLValidator.validate(xml);
  if (wellFormed !== true) {
    throw new BadInputError('invalid edXML', `not well-formed XML: ${wellFormed.err.msg} (line ${wellFormed.err.line})`);
  }
  let tree: unknown;
  try {
    tree = parser.parse(xml);
  } catch (error) {
    throw new BadInputError('invalid edXML', `unreadable XML: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = schema.safeParse(tree);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('/') || 'package'}: ${i.message}`);
    throw new BadInputError('invalid edXML', issues.join('; '));
  }
  return parsed.data;
}

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  format: true,
  indentBy: '  ',
  suppressEmptyNode: true,
  processEntities: true,
});

/** Writes a tree whose element names carry the edXML: prefix. */
export function buildXml(tree: Record<string, unknown>): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${builder.build(tree) as string}`;
}
