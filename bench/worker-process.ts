// One `vanthu worker` child process with env overrides, as a deployment would run it: started,
// awaited until its queue workers are up, its peak RSS read from /proc, stopped with SIGTERM.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';

const BIN = path.resolve(import.meta.dirname, '..', 'bin', 'vanthu.js');

/** VANTHU_BENCH_CPU_PROF=DIR: every vanthu child writes a V8 CPU profile there (node --cpu-prof). */
export function cpuProfFlags(): string[] {
  const dir = process.env.VANTHU_BENCH_CPU_PROF;
  return dir ? ['--cpu-prof', '--cpu-prof-dir', path.resolve(dir)] : [];
}

async function rss(pid: number, field: 'VmHWM' | 'VmRSS'): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN);
  return Math.round((kb / 1024) * 10) / 10;
}

export interface WorkerProcess {
  pid: number;
  /** Resident set once its queue workers were up, before any job (MiB). */
  readyRssMiB: number;
  /** Peak resident set so far (VmHWM), MiB; the extract threads live in the same process. */
  peakRssMiB(): Promise<number>;
  stop(): Promise<void>;
}

/** `cpu`: pin the process (and its threads) to that core with taskset, as the scaling curve does. */
export async function startWorkerProcess(env: Record<string, string>, readyTimeoutMs = 60_000, cpu?: number): Promise<WorkerProcess> {
  const node = [process.execPath, ...cpuProfFlags(), BIN, 'worker'];
  const command = cpu === undefined ? node : ['taskset', '-c', String(cpu), ...node];
  const child: ChildProcess = spawn(command[0]!, command.slice(1), {
    env: { ...process.env, ...env, VANTHU_LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const stderr: string[] = [];
  child.stderr!.on('data', (chunk: Buffer) => stderr.push(chunk.toString()));
  const ready = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`worker ${child.pid} not ready after ${readyTimeoutMs} ms`)), readyTimeoutMs);
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (line.includes('"workers started"')) (clearTimeout(timer), resolve());
    });
    void exited.then((code) => (clearTimeout(timer), reject(new Error(`worker exited with ${code}: ${stderr.join('').slice(-2000)}`))));
  });
  try {
    await ready;
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  const readyRssMiB = await rss(child.pid!, 'VmRSS');
  return {
    pid: child.pid!,
    readyRssMiB,
    peakRssMiB: () => rss(child.pid!, 'VmHWM'),
    async stop() {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
