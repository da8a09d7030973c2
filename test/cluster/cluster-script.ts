// dev/cluster.sh from the cluster tests: its own ports and data folders, never the shared dev
// services (Elasticsearch 9200, Redis 6379).
import { execFile, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
export const ROOT = path.resolve(import.meta.dirname, '..', '..');
const SCRIPT = path.join(ROOT, 'dev', 'cluster.sh');

/** Run `bash dev/cluster.sh ARGS` with the test's ports; its output is returned (and shown on failure). */
export async function cluster(args: string[], env: Record<string, string>, timeoutMs = 300_000): Promise<string> {
  try {
    const { stdout, stderr } = await run('bash', [SCRIPT, ...args], { cwd: ROOT, env: { ...process.env, ...env }, timeout: timeoutMs });
    return `${stdout}${stderr}`;
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(`dev/cluster.sh ${args.join(' ')} failed: ${e.message}\n${e.stdout ?? ''}${e.stderr ?? ''}`);
  }
}

const onPath = (cmd: string) => {
  try {
    execFileSync('bash', ['-c', `command -v ${cmd}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

/** Why the Elasticsearch cluster cannot run here, or null when it can (Java 17+, and the node built or Maven to build it). */
export function elasticsearchMissing(): string | null {
  if (!onPath('java')) return 'java not found (apt-get install -y openjdk-17-jre-headless)';
  const built = existsSync(path.join(ROOT, 'dev', 'elasticsearch', 'target'));
  if (!built && !onPath('mvn')) return 'the Elasticsearch node is not built and mvn is not found (apt-get install -y maven)';
  return null;
}

/** Why a Redis Cluster cannot run here, or null when it can. */
export function redisMissing(): string | null {
  for (const cmd of ['redis-server', 'redis-cli']) if (!onPath(cmd)) return `${cmd} not found (apt-get install -y redis-server)`;
  return null;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
