// `vanthu serve`: the HTTP API (api/server.ts), which reads config() and handles its own signals.
import { config } from '../config.ts';
import { startServer } from '../api/server.ts';
import { checkRedis } from '../workers/redis.ts';

export async function serveCommand(options: { port?: number } = {}): Promise<void> {
  const cfg = config();
  // Uploads are queued: without Redis the API cannot do its main job, so say so at once.
  await checkRedis(cfg.redisUrl);
  const app = await startServer(options.port ? { port: options.port } : {});
  const address = app.addresses()[0];
  const where = address && typeof address === 'object' ? `${address.address}:${address.port}` : `${cfg.api.host}:${cfg.api.port}`;
  process.stderr.write(`vanthu: API listening on http://${where}\n`);
}
