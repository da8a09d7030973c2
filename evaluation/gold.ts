// The gold-label format of ../shared/corpus/real (and of samples/*.expected.json), validated.
import { z } from 'zod';

export const GoldLabels = z.object({
  source: z.string().optional(),
  doc_type: z.string().nullable(),
  number: z.string().nullable(),
  issuer: z.array(z.string()).nullable(),
  place: z.string().nullable(),
  issued_date: z.string().nullable(),
  subject: z.string().nullable(),
  recipients: z.array(z.string()).nullable(),
  cc: z.array(z.string()).nullable(),
  signer: z.object({ name: z.string().nullable(), title: z.string().nullable(), authority: z.string().nullable() }).nullable(),
  deadlines: z.array(z.object({ date: z.string().nullable(), text: z.string() })).nullable(),
  references: z.array(z.string()).nullable(),
});
export type GoldLabels = z.infer<typeof GoldLabels>;
