// A watched folder: files dropped into DIR are ingested through the document service and moved to
// DIR/done/ once searchable, or to DIR/failed/ with NAME.reason.txt beside them. A file is taken only
// when its size and mtime have not changed for `stableMs` (a copy still being written is left alone),
// and taking it is a rename into DIR/processing/, so a restart finds exactly the files it had taken
// and takes them again. Taking a file twice is harmless: the document id is the sha256 of its bytes,
// and ingesting stored bytes adds no second document or record.
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { RecordStore } from '../store/record-store.ts';
import type { Logger } from '../workers/logger.ts';
import { documentState } from '../workers/progress.ts';
import type { DocumentService } from './documents.ts';

export const WATCH_SUBDIRS = { processing: 'processing', done: 'done', failed: 'failed' } as const;

export interface WatchFolderDeps {
  documents: Pick<DocumentService, 'ingest'>;
  records: RecordStore;
  maxFileBytes: number;
  /** File extensions (lower case, with the dot) vanthu reads; anything else goes to failed/. */
  extensions: ReadonlySet<string>;
  logger?: Logger;
}

export interface WatchOptions {
  dir: string;
  pollMs?: number;
  /** How long a file's size and mtime must stay the same before it is taken. */
  stableMs?: number;
  signal?: AbortSignal;
  /** Called after each move (for the CLI's output). */
  onMoved?: (event: MovedFile) => void;
}

export interface MovedFile {
  name: string;
  to: 'done' | 'failed';
  /** Where it is now. */
  file: string;
  documentId: string | null;
  reason?: string;
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    const t = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => (clearTimeout(t), resolve()), { once: true });
  });

const exists = (p: string) => fs.stat(p).then(() => true, () => false);

/** NAME, or NAME-2.ext, NAME-3.ext … : the first name not taken in `dir` (a letter dropped twice keeps both). */
async function freeName(dir: string, name: string): Promise<string> {
  const ext = path.extname(name);
  const stem = name.slice(0, name.length - ext.length);
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? name : `${stem}-${n}${ext}`;
    if (!(await exists(path.join(dir, candidate)))) return candidate;
  }
}

export function createWatchFolder(deps: WatchFolderDeps, options: WatchOptions) {
  const dir = path.resolve(options.dir);
  const sub = (k: keyof typeof WATCH_SUBDIRS) => path.join(dir, WATCH_SUBDIRS[k]);
  const pollMs = options.pollMs ?? 1000;
  const stableMs = options.stableMs ?? 2000;
  const seen = new Map<string, { size: number; mtimeMs: number; since: number }>();
  /** Taken files (name in processing/) waiting for their document to be indexed or failed. */
  const waiting = new Map<string, string>();

  async function move(name: string, to: 'done' | 'failed', documentId: string | null, reason?: string): Promise<void> {
    const target = await freeName(sub(to), name);
    // The reason is written first: killed in between, the file is still in processing/ and is
    // taken again (its reason rewritten), so no file ends in failed/ without one.
    if (to === 'failed') await fs.writeFile(path.join(sub('failed'), `${target}.reason.txt`), `${reason ?? 'failed'}\n`);
    await fs.rename(path.join(sub('processing'), name), path.join(sub(to), target));
    waiting.delete(name);
    deps.logger?.info({ file: name, to, documentId, reason }, 'watch: moved');
    options.onMoved?.({ name, to, file: path.join(sub(to), target), documentId, ...(reason ? { reason } : {}) });
  }

  /** Ingest a file that is in processing/ (just taken, or found there at start). */
  async function ingestTaken(name: string): Promise<void> {
    const file = path.join(sub('processing'), name);
    if (!deps.extensions.has(path.extname(name).toLowerCase())) {
      return move(name, 'failed', null, `not a format vanthu reads (${[...deps.extensions].join(', ')})`);
    }
    const { size } = await fs.stat(file);
    if (size > deps.maxFileBytes) return move(name, 'failed', null, `too large: ${size} bytes, the limit is ${deps.maxFileBytes}`);
    const bytes = await fs.readFile(file);
    const [ingested] = await deps.documents.ingest([{ name, bytes }]);
    const id = ingested?.id ?? createHash('sha256').update(bytes).digest('hex');
    waiting.set(name, id);
  }

  async function listFiles(folder: string): Promise<string[]> {
    const entries = await fs.readdir(folder, { withFileTypes: true });
    return entries.filter((e) => e.isFile() && !e.name.startsWith('.')).map((e) => e.name).sort();
  }

  /** Take the files in DIR whose size and mtime have held still for stableMs. */
  async function takeStable(): Promise<void> {
    const now = Date.now();
    const names = await listFiles(dir);
    for (const gone of [...seen.keys()].filter((n) => !names.includes(n))) seen.delete(gone);
    for (const name of names) {
      const st = await fs.stat(path.join(dir, name)).catch(() => null);
      if (!st) continue;
      const last = seen.get(name);
      if (!last || last.size !== st.size || last.mtimeMs !== st.mtimeMs) {
        seen.set(name, { size: st.size, mtimeMs: st.mtimeMs, since: now });
        continue;
      }
      if (now - last.since < stableMs) continue;
      if (waiting.has(name) || (await exists(path.join(sub('processing'), name)))) continue; // same name still in work
      await fs.rename(path.join(dir, name), path.join(sub('processing'), name));
      seen.delete(name);
      await ingestTaken(name); // if this throws, resume() takes it again next round
    }
  }

  /** Ingest what is in processing/ and not yet waiting (found at start, or an ingest that failed). */
  async function resume(): Promise<number> {
    const names = (await listFiles(sub('processing'))).filter((n) => !waiting.has(n));
    for (const name of names) await ingestTaken(name);
    return names.length;
  }

  /** Move the taken files whose document is now indexed or failed. */
  async function settle(): Promise<void> {
    for (const [name, id] of [...waiting]) {
      const state = await documentState(deps.records, id);
      if (state.state === 'indexed') await move(name, 'done', id);
      else if (state.state === 'failed') await move(name, 'failed', id, state.reason);
    }
  }

  return {
    /** Create the folders and take again whatever a previous run had taken but not moved. */
    async start(): Promise<number> {
      for (const k of Object.keys(WATCH_SUBDIRS) as (keyof typeof WATCH_SUBDIRS)[]) await fs.mkdir(sub(k), { recursive: true });
      return resume();
    },

    /** One round: take stable files, move finished ones. */
    async tick(): Promise<void> {
      await resume();
      await takeStable();
      await settle();
    },

    /** start(), then rounds every pollMs until the signal aborts. */
    async run(): Promise<void> {
      await this.start();
      while (!options.signal?.aborted) {
        try {
          await this.tick();
        } catch (error) {
          // A service down for a moment: the files stay where they are and the next round retries.
          deps.logger?.warn({ err: error }, 'watch: round failed; retrying');
        }
        await sleep(pollMs, options.signal);
      }
    },

    pending: () => waiting.size,
  };
}
