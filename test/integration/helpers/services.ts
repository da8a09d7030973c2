// The real Redis and Elasticsearch of dev/services.sh: make sure they run, and stop/start
// Elasticsearch for outage tests. Only ever stops the Elasticsearch node dev/services.sh started.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
export const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
const SERVICES = path.join(ROOT, 'dev', 'services.sh');
const DATA = path.join(ROOT, '.data');

async function services(cmd: 'start' | 'stop', timeoutMs = 240_000): Promise<string> {
  const { stdout, stderr } = await run('bash', [SERVICES, cmd], { cwd: ROOT, timeout: timeoutMs });
  return `${stdout}${stderr}`;
}

/** Start whatever is not already answering (safe to repeat; a no-op when both are up). */
export async function ensureServices(): Promise<void> {
  await services('start');
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

function pidFrom(file: string): number | null {
  try {
    const pid = Number(readFileSync(path.join(DATA, file), 'utf8').trim());
    return pid > 0 && alive(pid) ? pid : null;
  } catch {
    return null;
  }
}

/** The process group of the Elasticsearch node dev/services.sh started, if it runs. */
function scriptElasticsearch(): number | null {
  const pid = pidFrom('elasticsearch.pid');
  if (!pid) return null;
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('-Des.path.home=') ? pid : null;
  } catch {
    return null;
  }
}

/** An outage can be staged only on a node dev/services.sh started (not on someone else's). */
export const canStopElasticsearch = (): boolean => scriptElasticsearch() !== null;

/**
 * Stop Elasticsearch. `bash dev/services.sh stop` stops Elasticsearch and also a Redis the script
 * started; when the script owns Redis too (a fresh CI machine), Redis must stay up for the queues,
 * so the node's process group is stopped the way the script does it (SIGTERM, then wait).
 */
export async function stopElasticsearch(url: string): Promise<void> {
  const group = scriptElasticsearch();
  if (!group) throw new Error('Elasticsearch was not started by dev/services.sh; cannot stage an outage');
  if (!pidFrom('redis.pid')) {
    await services('stop', 90_000);
  } else {
    process.kill(-group, 'SIGTERM');
    const deadline = Date.now() + 60_000;
    while (alive(group) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
    if (alive(group)) process.kill(-group, 'SIGKILL');
  }
  // Nothing answers any more.
  for (let i = 0; i < 40; i++) {
    const up = await fetch(url, { signal: AbortSignal.timeout(1000) }).then(() => true, () => false);
    if (!up) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('Elasticsearch still answers after stop');
}

export async function startElasticsearch(): Promise<void> {
  await services('start');
}
