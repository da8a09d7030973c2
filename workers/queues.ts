// The two queues (`extract`: CPU-heavy OCR; `index`: I/O only, so OCR never starves indexing), their
// default job options, and BullMQ deduplication ids derived from the document id: while a job of a
// document is pending, queueing it again is a no-op; once it has finished, a new job can run (the
// record store, not the queue, says whether a document still needs one).
import { Queue, type Job, type JobsOptions } from 'bullmq';
import type { RedisConnection } from './redis.ts';
import { JobPayloads, QUEUE_OF, type JobName, type JobPayload } from '../schemas/jobs.ts';

export type QueueName = (typeof QUEUE_OF)[JobName];
export const QUEUE_NAMES = [...new Set(Object.values(QUEUE_OF))] as readonly QueueName[];
export const JOB_NAMES = Object.keys(JobPayloads) as readonly JobName[];

/** One BullMQ Queue per queue name (the same shape the API uses). */
export type Queues = Record<QueueName, Queue>;

/**
 * Retries: 8 attempts, exponential backoff from 3 s (3, 6, 12, ... 192 s: about 6 minutes in all),
 * enough to ride out an Elasticsearch or Redis restart. Completed jobs are kept a week so a repeated
 * the API and Bull Board can show them; failed jobs are never removed, their reason is the
 * answer to "why is my document not searchable".
 */
export const DEFAULT_JOB_OPTIONS: JobsOptions = {
  attempts: 8,
  backoff: { type: 'exponential', delay: 3_000, jitter: 0.2 },
  removeOnComplete: { age: 7 * 24 * 3600, count: 50_000 },
  removeOnFail: false,
};

export type JobOptionsOverrides = Partial<Record<QueueName, JobsOptions>>;

/**
 * The deduplication id of a document's job: `extract-<sha256>`, `index-<sha256>` (BullMQ refuses ':'
 * in ids). Job ids add a time and a random part, so each run of a job is its own job.
 */
export function dedupIdFor(name: JobName, documentId: string): string {
  return `${name}-${documentId}`;
}

const newJobId = (name: JobName, documentId: string) => `${dedupIdFor(name, documentId)}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** The document id in a job id (for logs). */
export const documentIdOfJob = (jobId: string): string | null => /^[a-z]+-([0-9a-f]{64})(-|$)/.exec(jobId)?.[1] ?? null;

export interface QueuesOptions {
  /** A producer connection (createRedisConnection(url, 'producer')); the caller closes it. */
  connection: RedisConnection;
  prefix: string;
  /** Per-queue overrides of DEFAULT_JOB_OPTIONS (tests use short backoffs). */
  jobOptions?: JobOptionsOverrides;
}

export function createQueues({ connection, prefix, jobOptions }: QueuesOptions): Queues {
  const make = (name: QueueName) =>
    new Queue(name, { connection, prefix, defaultJobOptions: { ...DEFAULT_JOB_OPTIONS, ...jobOptions?.[name] } });
  const queues = Object.fromEntries(QUEUE_NAMES.map((n) => [n, make(n)])) as Queues;
  for (const q of Object.values(queues)) q.on('error', () => {}); // surfaced by the failing call instead
  return queues;
}

export async function closeQueues(queues: Queues): Promise<void> {
  await Promise.all(Object.values(queues).map((q) => q.close()));
}

/**
 * Add a document's job, validating the payload at the edge. While one is pending (waiting, delayed
 * or active) for the same document, this returns that job instead of adding another.
 */
export async function enqueue<N extends JobName>(queues: Queues, name: N, payload: JobPayload<N>): Promise<Job> {
  const data = JobPayloads[name].parse(payload) as JobPayload<N>;
  const documentId = (data as { documentId: string }).documentId;
  return queues[QUEUE_OF[name]].add(name, data, { jobId: newJobId(name, documentId), deduplication: { id: dedupIdFor(name, documentId) } });
}

/** Queues that have at least one worker connected right now (BullMQ's CLIENT LIST of the queue). */
export async function queuesWithWorkers(queues: Queues): Promise<Set<QueueName>> {
  const found = new Set<QueueName>();
  for (const name of QUEUE_NAMES) {
    if ((await queues[name].getWorkers()).length > 0) found.add(name);
  }
  return found;
}
