// One `vanthu worker` child process with env overrides, as a deployment would run it: started,
// awaited until its queue workers are up, its peak RSS read from /proc, stopped with SIGTERM.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';

const BIN = path.resolve(import.meta.dirname, '..', 'bin', 'vanthu.js');

export interface WorkerProcess {
  pid: number;
  /** Peak resident set so far (VmHWM), MiB; the extract threads live in the same process. */
  peakRssMiB(): Promise<number>;
  stop(): Promise<void>;
}

/** `cpu`: pin the process (and its threads) to that core with taskset, as the scaling curve does. */
export async function startWorkerProcess(env: Record<string, string>, readyTimeoutMs = 60_000, cpu?: number): Promise<WorkerProcess> {
  const command = cpu === undefined ? [process.execPath, BIN, 'worker'] : ['taskset', '-c', String(cpu), process.execPath, BIN, 'worker'];
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
  return {
    pid: child.pid!,
    async peakRssMiB() {
      const status = await readFile(`/proc/${child.pid}/status`, 'utf8');
      const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? NaN);
      return Math.round((kb / 1024) * 10) / 10;
    },
    async stop() {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
