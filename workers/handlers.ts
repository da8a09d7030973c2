// A typed map from job name to handler, checked at start-up, and the BullMQ processor that
// dispatches to it after validating the payload at the edge (an invalid payload can never become
// valid by retrying, so it fails the job at once).
import { UnrecoverableError, type Job, type Processor } from 'bullmq';
import { z } from 'zod';
import { JobPayloads, QUEUE_OF, type JobName, type JobPayload } from '../schemas/jobs.ts';
import { JOB_NAMES, type QueueName } from './queues.ts';

export type JobHandlers = { [N in JobName]: (payload: JobPayload<N>, job: Job) => Promise<unknown> };

/** Throw, naming them, when a job name has no handler or a handler has no job name. */
export function assertHandlers(handlers: Record<string, unknown>): asserts handlers is JobHandlers {
  const missing = JOB_NAMES.filter((n) => typeof handlers[n] !== 'function');
  const extra = Object.keys(handlers).filter((n) => !(JOB_NAMES as readonly string[]).includes(n));
  if (missing.length || extra.length) {
    const parts = [
      ...(missing.length ? [`no handler for job(s): ${missing.join(', ')}`] : []),
      ...(extra.length ? [`handler(s) for unknown job(s): ${extra.join(', ')}`] : []),
    ];
    throw new Error(`job handlers do not match schemas/jobs.ts: ${parts.join('; ')}`);
  }
}

const isJobName = (name: string): name is JobName => Object.hasOwn(JobPayloads, name);

/** Told when a document's job fails for good (not retried, or out of retries). */
export type FinalFailure = (documentId: string, stage: JobName, reason: string) => Promise<void>;

const willNotRetry = (job: Job, error: unknown) => error instanceof UnrecoverableError || job.attemptsMade + 1 >= (job.opts.attempts ?? 1);

/** The processor of one queue: validates, then calls the handler of the job's name. */
export function processorFor(queue: QueueName, handlers: JobHandlers, onFinalFailure?: FinalFailure): Processor {
  return async (job: Job) => {
    if (!isJobName(job.name) || QUEUE_OF[job.name] !== queue) {
      throw new UnrecoverableError(`unknown job "${job.name}" on queue ${queue}`);
    }
    const parsed = JobPayloads[job.name].safeParse(job.data);
    if (!parsed.success) {
      throw new UnrecoverableError(`invalid ${job.name} payload: ${z.prettifyError(parsed.error).replace(/\n/g, '; ')}`);
    }
    const handler = handlers[job.name] as (payload: unknown, job: Job) => Promise<unknown>;
    try {
      return await handler(parsed.data, job);
    } catch (error) {
      // Kept on the document in the record store, where status and recovery read it.
      if (onFinalFailure && willNotRetry(job, error)) await onFinalFailure(parsed.data.documentId, job.name, (error as Error).message).catch(() => {});
      throw error;
    }
  };
}
