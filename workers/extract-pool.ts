// The extract threads: a piscina pool of long-lived worker threads that run processDocument. One
// thread per concurrent extract job, one task per thread at a time; each thread keeps its own OCR
// scheduler (loading the Vietnamese model costs ~1 s, so it is done once per thread, not per job).
// piscina replaces a thread that dies (crash, exit, out of memory) and fails only the task it ran;
// a task over the time limit is aborted, which terminates its thread. Either way the job gets an
// ordinary (retryable) error that says what happened.
import { Piscina } from 'piscina';
// sharp (libvips) is used in the threads. Loaded here too so the shared libraries stay loaded while
// threads come and go: glibc unloading them when the last thread using them exits crashes the
// process (sharp's documentation, "worker threads"; lovell/sharp#2263).
import 'sharp';
import { BadInputError, type BadInputReason } from '../pipeline/errors.ts';
import type { PipelineContext } from '../pipeline/run.ts';
import type { SourceFile } from '../pipeline/types.ts';
import type { DocumentRecord } from '../schemas/record.ts';

export interface ThreadRequest {
  taskId: number;
  name: string;
  bytes: ArrayBuffer;
}
/** Errors cross the thread boundary as data: a structured clone would drop BadInputError's class. */
export type ThreadReply =
  | { ok: true; record: DocumentRecord }
  | { ok: false; badInput: BadInputReason | null; message: string; stack?: string | undefined };
/** Posted by a thread when it starts a task, so the time limit counts the extraction, not the queue. */
export interface TaskStarted {
  started: number;
}

export interface ExtractPoolOptions {
  /** Threads, i.e. documents extracted at once. */
  size: number;
  pipeline: PipelineContext;
  /** A document taking longer is abandoned (its thread replaced) and the job retried. Default 10 min. */
  timeoutMs?: number;
  /** Heap limit of each thread: a document that exhausts it kills its thread only. Default: Node's. */
  heapLimitMb?: number;
  /** The module the threads run; tests give one that misbehaves on purpose. */
  threadModule?: URL;
}

export interface ExtractPool {
  extract(file: SourceFile): Promise<DocumentRecord>;
  close(): Promise<void>;
}

const BOOT = new URL('./extract-thread.boot.mjs', import.meta.url);

export function createExtractPool(options: ExtractPoolOptions): ExtractPool {
  const size = Math.max(1, options.size);
  const timeoutMs = options.timeoutMs ?? 10 * 60_000;
  const timers = new Map<number, () => void>();
  // Started with the first extraction: a worker serving only the index queue starts no thread.
  let piscina: Piscina<ThreadRequest, ThreadReply> | undefined;
  const threads = () => {
    if (piscina) return piscina;
    piscina = new Piscina<ThreadRequest, ThreadReply>({
      filename: (options.threadModule ?? BOOT).href,
      // A fixed set of threads, kept while idle so each OCR model stays loaded. (piscina replaces a
      // dead thread only up to minThreads: below it, queued tasks would wait for ever.)
      minThreads: size,
      maxThreads: size,
      idleTimeout: Number.POSITIVE_INFINITY,
      concurrentTasksPerWorker: 1,
      // Atomics would pause an idle thread outright, OCR helpers included.
      atomics: 'disabled',
      workerData: { pipeline: options.pipeline },
      ...(options.heapLimitMb ? { resourceLimits: { maxOldGenerationSizeMb: options.heapLimitMb } } : {}),
    });
    piscina.on('message', (msg: TaskStarted) => timers.get(msg.started)?.());
    return piscina;
  };
  let nextTaskId = 1;
  let closed = false;

  async function extract(file: SourceFile): Promise<DocumentRecord> {
    if (closed) throw new Error('extract pool is closed');
    const taskId = nextTaskId++;
    const abort = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    timers.set(taskId, () => {
      timer = setTimeout(() => abort.abort(), timeoutMs);
      timer.unref();
    });
    // Copy the bytes into a buffer we can transfer: the caller's buffer may be a slice of a pool.
    const bytes = new Uint8Array(file.bytes).buffer;
    let reply: ThreadReply;
    try {
      reply = await threads().run({ taskId, name: file.name, bytes }, { transferList: [bytes], signal: abort.signal });
    } catch (error) {
      if (abort.signal.aborted) {
        throw new Error(`extraction of ${file.name} took longer than ${Math.round(timeoutMs / 1000)} s; abandoned`);
      }
      if (closed) throw new Error('extract pool is closed');
      const death = threadDeath(error);
      if (death) throw new Error(`extract thread died while extracting ${file.name}: ${death}`, { cause: error });
      // The task function itself threw (a bug in the thread, not in the document): retryable.
      throw new Error(error instanceof Error ? error.message : String(error), { cause: error });
    } finally {
      clearTimeout(timer);
      timers.delete(taskId);
    }
    if (reply.ok) return reply.record;
    if (reply.badInput) {
      const error = new BadInputError(reply.badInput);
      error.message = reply.message;
      throw error;
    }
    const error = new Error(reply.message);
    if (reply.stack) error.stack = reply.stack;
    throw error;
  }

  return {
    extract,
    async close(): Promise<void> {
      if (closed) return;
      closed = true;
      // Tasks not yet started are refused; running ones may finish (BullMQ has already waited for
      // its active jobs before the pool is closed), then the threads end.
      await piscina?.close({ force: true });
    },
  };
}

/** Why a thread ended under its task (piscina's exit error, or Node's worker errors), else null. */
function threadDeath(error: unknown): string | null {
  if (!(error instanceof Error)) return null;
  const code = (error as { code?: unknown }).code;
  if (code === 'ERR_WORKER_OUT_OF_MEMORY') return `out of memory (${error.message})`;
  if (typeof code === 'string' && code.startsWith('ERR_WORKER_')) return error.message;
  if (/^worker exited with code/.test(error.message)) return error.message;
  return null;
}
