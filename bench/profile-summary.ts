// Where a worker's CPU time went: the self time of V8 CPU profiles (written with
// VANTHU_BENCH_CPU_PROF=DIR npm run bench …) summed by package or project folder, and the top
// functions. Idle time (the event loop waiting on Redis, Elasticsearch, PostgreSQL or threads) is
// listed as such.
//   npx tsx bench/profile-summary.ts DIR [--top 20]
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function area(url: string): string {
  if (!url) return '(native / V8)';
  const nm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (nm) return nm[1]!;
  if (url.startsWith('node:')) return 'node core';
  const m = /\/(pipeline|workers|search|store|app|schemas|cli|api|domain|tracking)\/(?:([^/]+)\/)?/.exec(url);
  return m ? `${m[1]}/${m[2] && !m[2].includes('.') ? m[2] : ''}` : path.basename(url);
}

const { values, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: 'string', default: '20' } } });
const dir = positionals[0];
if (!dir) throw new Error('usage: npx tsx bench/profile-summary.ts DIR [--top N]');
const byArea = new Map<string, number>();
const byFn = new Map<string, number>();
let total = 0;
for (const file of (await readdir(dir)).filter((f) => f.endsWith('.cpuprofile'))) {
  const p = JSON.parse(await readFile(path.join(dir, file), 'utf8')) as Profile;
  const node = new Map(p.nodes.map((n) => [n.id, n]));
  p.samples.forEach((id, i) => {
    const us = p.timeDeltas[i] ?? 0;
    const f = node.get(id)!.callFrame;
    const name = f.functionName || '(anonymous)';
    const a = name === '(idle)' ? '(idle: waiting)' : name === '(garbage collector)' ? '(garbage collector)' : area(f.url);
    byArea.set(a, (byArea.get(a) ?? 0) + us);
    const key = `${name} ${f.url ? `${path.basename(f.url)}:${f.lineNumber + 1}` : ''}`;
    byFn.set(key, (byFn.get(key) ?? 0) + us);
    total += us;
  });
}
const top = Number(values.top);
const show = (m: Map<string, number>) =>
  [...m].sort((a, b) => b[1] - a[1]).slice(0, top).map(([k, us]) => `${((100 * us) / total).toFixed(1).padStart(5)}%  ${(us / 1e6).toFixed(1).padStart(7)} s  ${k}`).join('\n');
console.log(`profiles in ${dir}: ${(total / 1e6).toFixed(1)} s sampled (all threads' profiles summed)\n\nby area:\n${show(byArea)}\n\ntop functions (self time):\n${show(byFn)}`);
