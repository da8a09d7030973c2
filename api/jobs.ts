// Reading BullMQ jobs into the API's shapes.
import type { Job } from 'bullmq';
import type { JobResponse, JobSummary } from '../schemas/api.ts';
import { QUEUE_NAMES, type QueueName, type Queues } from '../workers/queues.ts';

export type { QueueName, Queues };

const iso = (ms: number | undefined) => (typeof ms === 'number' && Number.isFinite(ms) && ms > 0 ? new Date(ms).toISOString() : null);

const KNOWN_STATES = new Set(['waiting', 'active', 'completed', 'failed', 'delayed', 'prioritized', 'waiting-children']);

export async function summarizeJob(queue: QueueName, job: Job): Promise<JobSummary> {
  const raw = await job.getState();
  const state = (KNOWN_STATES.has(raw) ? raw : 'unknown') as JobSummary['state'];
  return {
    id: String(job.id),
    queue,
    name: job.name,
    state,
    attemptsMade: job.attemptsMade ?? 0,
    failedReason: job.failedReason ? String(job.failedReason) : null,
    createdAt: iso(job.timestamp),
    processedAt: iso(job.processedOn),
    finishedAt: iso(job.finishedOn),
  };
}

export async function describeJob(queue: QueueName, job: Job): Promise<JobResponse> {
  const data = job.data && typeof job.data === 'object' && !Array.isArray(job.data) ? (job.data as Record<string, unknown>) : {};
  return { ...(await summarizeJob(queue, job)), data, progress: job.progress ?? null };
}

/** The job with this id in the first queue that has it. */
export async function findJob(queues: Queues, id: string, only?: QueueName): Promise<{ queue: QueueName; job: Job } | null> {
  for (const name of only ? [only] : QUEUE_NAMES) {
    const job = await queues[name].getJob(id);
    if (job) return { queue: name, job };
  }
  return null;
}
