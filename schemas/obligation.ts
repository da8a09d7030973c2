// Obligations (nhiệm vụ): who must do what by when, as a letter assigns them; and the events a
// letter announces (a meeting in a giấy mời), which have a date but oblige no report.
import { z } from 'zod';
import { Evidence } from './evidence.ts';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date must be YYYY-MM-DD');


export const Frequency = z.enum(['weekly', 'monthly', 'quarterly', 'half-yearly', 'yearly']);
export type Frequency = z.infer<typeof Frequency>;

/**
 * A report due again after every period: "định kỳ hàng quý, 6 tháng, một năm chậm nhất vào ngày
 * mùng 10 tháng tiếp theo sau kỳ báo cáo" = quarterly, half-yearly and yearly, day 10, one month
 * after each period ends.
 */
export const Recurrence = z.object({
  frequencies: z.array(Frequency).min(1),
  /** Day of the month it falls due; null when the text names none (or for weekly). */
  dayOfMonth: z.number().int().min(1).max(31).nullable(),
  /** 0: in the period's last month ("trước ngày 10 của tháng cuối quý"); 1: the month after. */
  monthsAfterPeriod: z.number().int().min(0).max(12),
  /** ISO weekday 1 (Monday) to 7 for weekly reports ("trước 16 giờ thứ Năm hằng tuần"). */
  dayOfWeek: z.number().int().min(1).max(7).nullable(),
});
export type Recurrence = z.infer<typeof Recurrence>;

/** One obligation as extracted from a letter (the record `vanthu extract` prints). */
export const Obligation = z.object({
  /** The clause that sets it, list marker dropped. */
  text: z.string(),
  /** What is to be done, without the assignees and the time limit. */
  action: z.string(),
  /** Units named as responsible; "các đơn vị" resolved to the Kính gửi list when the letter defines it. */
  assignees: z.array(z.string()),
  /** The one-off time limit; null when none is set (or only a recurrence). */
  due: isoDate.nullable(),
  recurrence: Recurrence.nullable(),
  /** The unit that receives the result ("gửi về Trung tâm Thông tin y tế Quốc gia"). */
  reportTo: z.string().nullable(),
  evidence: Evidence.nullable(),
});
export type Obligation = z.infer<typeof Obligation>;

/** Something that happens on a date: a meeting a giấy mời invites to. Not an obligation. */
export const DocumentEvent = z.object({
  kind: z.enum(['meeting']),
  /** Start: YYYY-MM-DD, or YYYY-MM-DDTHH:mm when the time is written. */
  start: z.string().regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/),
  place: z.string().nullable(),
  text: z.string(),
});
export type DocumentEvent = z.infer<typeof DocumentEvent>;

export const FulfilmentStatus = z.enum(['open', 'fulfilled']);

/** A report that answers an obligation for one assignee. */
export const Fulfilment = z.object({
  /** The assignee of the obligation it answers (as written in the obligation). */
  assignee: z.string(),
  /** The unit that sent the report (its issuer line), which may be one of a class ("Sở Y tế các tỉnh"). */
  unit: z.string(),
  documentId: z.string(),
  number: z.string().nullable(),
  issuedDate: isoDate.nullable(),
});
export type Fulfilment = z.infer<typeof Fulfilment>;

/**
 * An obligation as tracked in its own index: the extracted obligation, the letter it comes from,
 * and the reports that answered it. `status` is "fulfilled" once every assignee has answered,
 * "overdue" when open past `due` (or past the latest period's due date for a recurrence).
 */
export const TrackedObligation = Obligation.extend({
  id: z.string(),
  documentId: z.string(),
  /** Its position among the letter's obligations (0-based); the id is `<documentId>-<ordinal>`. */
  ordinal: z.number().int().min(0),
  source: z.object({
    number: z.string().nullable(),
    docType: z.string().nullable(),
    issuer: z.array(z.string()),
    issuedDate: isoDate.nullable(),
    subject: z.string().nullable(),
  }),
  /** The next date it falls due (the one-off due, or the next period's for a recurrence). */
  nextDue: isoDate.nullable(),
  fulfilments: z.array(Fulfilment),
  /** Assignees no report has answered yet. */
  openAssignees: z.array(z.string()),
  status: z.enum(['open', 'fulfilled', 'overdue']),
});
export type TrackedObligation = z.infer<typeof TrackedObligation>;
