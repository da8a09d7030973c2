// Request and response shapes of GET /obligations and GET /obligations.ics.
import { z } from 'zod';
import { calendarDate as day } from './api.ts';
import { TrackedObligation } from './obligation.ts';

export const ObligationParams = z
  .strictObject({
    assignee: z.string().trim().min(1).max(300).optional().describe('words of an assignee, diacritics optional ("so y te")'),
    dueFrom: day.optional().describe('falls due on or after, YYYY-MM-DD (any due date of a recurrence)'),
    dueTo: day.optional().describe('falls due on or before, YYYY-MM-DD'),
    status: z.enum(['open', 'fulfilled', 'overdue']).optional().describe('open: not yet answered by every assignee and not past due; overdue: open past its due date'),
    documentId: z.string().regex(/^[0-9a-f]{64}$/, 'a document id is 64 lowercase hexadecimal characters').optional(),
    page: z.coerce.number({ error: 'must be a whole number' }).int().min(1).max(500).default(1),
    size: z.coerce.number({ error: 'must be a whole number' }).int().min(1).max(100).default(20),
  })
  .refine((p) => !p.dueFrom || !p.dueTo || p.dueFrom <= p.dueTo, { message: 'dueFrom must not be after dueTo', path: ['dueFrom'] });
export type ObligationParams = z.infer<typeof ObligationParams>;

export const ObligationsResponse = z.object({
  total: z.number().int(),
  page: z.number().int(),
  size: z.number().int(),
  counts: z.object({ open: z.number().int(), fulfilled: z.number().int(), overdue: z.number().int() }).describe('under the same filters, whatever the status filter'),
  items: z.array(TrackedObligation),
});
export type ObligationsResponse = z.infer<typeof ObligationsResponse>;

export const IcsParams = z.strictObject({
  assignee: z.string().trim().min(1).max(300).optional(),
  key: z.string().max(200).optional().describe('an API key, for calendar apps that cannot send headers'),
});
