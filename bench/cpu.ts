// How busy the machine's cores were over an interval (/proc/stat), and a child's own CPU time and
// peak RSS (GNU time), for the "cores busy" goal.
import { readFileSync } from 'node:fs';

export interface CpuSample {
  busy: number;
  total: number;
}

export function cpuSample(): CpuSample {
  const line = readFileSync('/proc/stat', 'utf8').split('\n')[0]!; // cpu user nice system idle iowait irq softirq steal
  const v = line.trim().split(/\s+/).slice(1, 9).map(Number);
  const idle = v[3]! + v[4]!;
  const total = v.reduce((a, b) => a + b, 0);
  return { busy: total - idle, total };
}

/** Share of all cores' time spent busy between two samples (every process, not only ours). */
export const busyShare = (a: CpuSample, b: CpuSample): number => (b.busy - a.busy) / Math.max(1, b.total - a.total);

export interface TimedRun {
  wallS: number;
  userS: number;
  systemS: number;
  maxRssMiB: number;
  stdout: string;
  stderr: string;
  /** Share of all cores busy during the run (the whole machine). */
  machineBusy: number;
}

const TIME_FORMAT = 'vanthu-bench-time %e %U %S %M';

/** Run a command under /usr/bin/time; the last line of its stderr carries wall, CPU and peak RSS. */
export async function timed(command: string[], env: NodeJS.ProcessEnv, cwd: string): Promise<TimedRun> {
  const { spawn } = await import('node:child_process');
  const start = cpuSample();
  const child = spawn('/usr/bin/time', ['-f', TIME_FORMAT, ...command], { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  const end = cpuSample();
  const m = new RegExp(`vanthu-bench-time (\\S+) (\\S+) (\\S+) (\\d+)`).exec(stderr);
  if (!m) throw new Error(`${command.join(' ')} exited ${code}: ${stderr.slice(-1500)}`);
  if (code !== 0 && code !== 1) throw new Error(`${command.join(' ')} exited ${code}: ${stderr.slice(-1500)}`);
  return {
    wallS: Number(m[1]),
    userS: Number(m[2]),
    systemS: Number(m[3]),
    maxRssMiB: Math.round(Number(m[4]) / 1024),
    stdout,
    stderr: stderr.replace(m[0], ''),
    machineBusy: busyShare(start, end),
  };
}
