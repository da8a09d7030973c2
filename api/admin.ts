// Bull Board at /admin/queues for the extract and index queues.
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter } from '@bull-board/fastify';
import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import type { Queues } from './jobs.ts';

export const ADMIN_PATH = '/admin/queues';

export async function mountAdmin(app: FastifyInstance, queues: Queues, logger: Logger): Promise<void> {
  const serverAdapter = new FastifyAdapter();
  createBullBoard({
    queues: [new BullMQAdapter(queues.extract), new BullMQAdapter(queues.index)],
    // @bull-board/fastify 9.10.1 carries its own copy of @bull-board/api 9.10.1: same shape,
    // separately declared types.
    serverAdapter: serverAdapter as unknown as Parameters<typeof createBullBoard>[0]['serverAdapter'],
    options: { uiConfig: { boardTitle: 'vanthu queues' } },
  });
  serverAdapter.setBasePath(ADMIN_PATH);
  // The dashboard's own API keeps the error body its UI reads ({ error: { key } }), but never with
  // a stack trace, and unexpected failures are logged here and answered without their message.
  serverAdapter.setErrorHandler((error: Error & { statusCode?: number }) => {
    const status = typeof error.statusCode === 'number' ? error.statusCode : 500;
    if (status >= 500) logger.error({ err: error }, 'queue dashboard error');
    return {
      status: status as 500,
      body: { error: { key: 'ERRORS.INTERNAL_SERVER_ERROR' }, message: status >= 500 ? 'internal server error' : error.message },
    };
  });
  await app.register(serverAdapter.registerPlugin(), { prefix: ADMIN_PATH });
}
