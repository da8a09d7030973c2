// A small pool of long-lived worker threads that run processDocument. One thread per concurrent
// extract job; each thread keeps its own OCR scheduler (loading the Vietnamese model costs ~1 s, so
// it is done once per thread, not per job). A thread that crashes or overruns the time limit is
// terminated and replaced, and its job fails with an ordinary (retryable) error.
import { Worker } from 'node:worker_threads';
// sharp (libvips) is used in the threads. Loaded here too so the shared libraries stay loaded while
// threads come and go: glibc unloading them when the last thread using them exits crashes the
// process (sharp's documentation, "worker threads"; lovell/sharp#2263).
import 'sharp';
import { BadInputError, type BadInputReason } from '../pipeline/errors.ts';
import type { PipelineContext } from '../pipeline/run.ts';
import type { SourceFile } from '../pipeline/types.ts';
import type { DocumentRecord } from '../schemas/record.ts';

export type ThreadRequest = { type: 'extract'; taskId: number; name: string; bytes: ArrayBuffer } | { type: 'shutdown' };
export type ThreadReply =
  | { taskId: number; ok: true; record: DocumentRecord }
  | { taskId: number; ok: false; badInput: BadInputReason | null; message: string; stack?: string | undefined };

export interface ExtractPoolOptions {
  /** Threads, i.e. documents extracted at once. */
  size: number;
  pipeline: PipelineContext;
  /** A document taking longer is abandoned (its thread replaced) and the job retried. Default 10 min. */
  timeoutMs?: number;
}

export interface ExtractPool {
  extract(file: SourceFile): Promise<DocumentRecord>;
  close(): Promise<void>;
}

const BOOT = new URL('./extract-thread.boot.mjs', import.meta.url);

interface Task {
  taskId: number;
  file: SourceFile;
  resolve: (record: DocumentRecord) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  ready: Promise<void>;
  task: Task | null;
  timer: NodeJS.Timeout | null;
  dead: boolean;
}

export function createExtractPool(options: ExtractPoolOptions): ExtractPool {
  const size = Math.max(1, options.size);
  const timeoutMs = options.timeoutMs ?? 10 * 60_000;
  const slots: Slot[] = [];
  const waiting: Task[] = [];
  let nextTaskId = 1;
  let closed = false;

  function spawn(): Slot {
    const worker = new Worker(BOOT, { workerData: { pipeline: options.pipeline }, stdout: false, stderr: false });
    let markReady!: () => void;
    let markFailed!: (e: Error) => void;
    const ready = new Promise<void>((res, rej) => {
      markReady = res;
      markFailed = rej;
    });
    ready.catch(() => {}); // observed through the task instead
    const slot: Slot = { worker, ready, task: null, timer: null, dead: false };
    worker.on('message', (msg: ThreadReply | { type: 'ready' }) => {
      if ('type' in msg) return markReady();
      const task = slot.task;
      if (!task || task.taskId !== msg.taskId) return;
      finish(slot);
      if (msg.ok) task.resolve(msg.record);
      else if (msg.badInput) {
        const error = new BadInputError(msg.badInput);
        error.message = msg.message;
        task.reject(error);
      } else {
        const error = new Error(msg.message);
        if (msg.stack) error.stack = msg.stack;
        task.reject(error);
      }
      pump();
    });
    const onDeath = (why: Error) => {
      if (slot.dead) return;
      slot.dead = true;
      markFailed(why);
      remove(slot);
      const task = slot.task;
      finish(slot);
      task?.reject(why);
      pump();
    };
    worker.on('error', (e) => onDeath(new Error(`extract thread crashed: ${e.message}`)));
    worker.on('exit', (code) => onDeath(new Error(`extract thread exited (code ${code})`)));
    slots.push(slot);
    return slot;
  }

  function remove(slot: Slot): void {
    const i = slots.indexOf(slot);
    if (i >= 0) slots.splice(i, 1);
  }

  function finish(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.task = null;
  }

  function start(slot: Slot, task: Task): void {
    slot.task = task;
    // Copy the bytes into a buffer we can transfer: the caller's buffer may be a slice of a pool.
    const bytes = new Uint8Array(task.file.bytes).buffer;
    slot.ready.then(
      () => {
        if (slot.task !== task) return;
        // The time limit counts the extraction itself, not the thread's start.
        slot.timer = setTimeout(() => {
          if (slot.task !== task) return;
          slot.dead = true; // the exit handler then leaves the task to us
          void slot.worker.terminate();
          finish(slot);
          remove(slot);
          task.reject(new Error(`extraction of ${task.file.name} took longer than ${Math.round(timeoutMs / 1000)} s; abandoned`));
          pump();
        }, timeoutMs);
        slot.timer.unref();
        slot.worker.postMessage({ type: 'extract', taskId: task.taskId, name: task.file.name, bytes } satisfies ThreadRequest, [bytes]);
      },
      () => {}, // death handled by onDeath
    );
  }

  function pump(): void {
    if (closed) return;
    while (waiting.length) {
      let slot = slots.find((s) => !s.task && !s.dead);
      if (!slot && slots.length < size) slot = spawn();
      if (!slot) return;
      start(slot, waiting.shift()!);
    }
  }

  return {
    extract(file: SourceFile): Promise<DocumentRecord> {
      if (closed) return Promise.reject(new Error('extract pool is closed'));
      return new Promise<DocumentRecord>((resolve, reject) => {
        waiting.push({ taskId: nextTaskId++, file, resolve, reject });
        pump();
      });
    },

    async close(): Promise<void> {
      closed = true;
      for (const task of waiting.splice(0)) task.reject(new Error('extract pool is closed'));
      await Promise.all(
        [...slots].map(async (slot) => {
          const exited = new Promise<void>((res) => slot.worker.once('exit', () => res()));
          slot.worker.postMessage({ type: 'shutdown' } satisfies ThreadRequest);
          const timer = setTimeout(() => void slot.worker.terminate(), 10_000);
          await exited;
          clearTimeout(timer);
        }),
      );
    },
  };
}
