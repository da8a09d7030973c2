// Where a letter received as an edXML package (QCVN 102:2016) came from, and which of its fields
// the package's header gave: those values are the header's, their evidence is the header element.
import { z } from 'zod';

export const EdxmlOrigin = z.object({
  /** {OrganId},{yyyy/MM/dd},{số/ký hiệu} as the sender wrote it. */
  documentId: z.string(),
  from: z.object({ organId: z.string(), organName: z.string().nullable() }),
  to: z.array(z.object({ organId: z.string(), organName: z.string().nullable() })),
  /** Record field → the header element it was read from (e.g. number → MessageHeader/Code). */
  evidence: z.record(z.string(), z.string()),
  /** The letter this one answers, as the header names it. */
  responseFor: z.object({ code: z.string(), date: z.string().nullable() }).nullable(),
  receivedAt: z.string(),
});
export type EdxmlOrigin = z.infer<typeof EdxmlOrigin>;
