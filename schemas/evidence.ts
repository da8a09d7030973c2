import { z } from 'zod';

/** Where a value was read: page number (1-based) and a span of the record's `text`. */
export const Evidence = z.object({
  page: z.number().int().min(1),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
});
export type Evidence = z.infer<typeof Evidence>;
