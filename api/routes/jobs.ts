// GET /jobs/:id: a queue job's state, attempts and failure reason. POST /jobs/:id/retry: try a
// failed job again (archivists).
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { JobParams, JobQuery, JobResponse } from '../../schemas/api.ts';
import type { ApiDeps } from '../deps.ts';
import { ApiError, notFound } from '../errors.ts';
import { describeJob, findJob } from '../jobs.ts';
import { errors, json } from '../openapi.ts';

export function jobRoutes(app: FastifyInstance, deps: ApiDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get(
    '/jobs/:id',
    {
      config: { role: 'analyst' },
      schema: {
        operationId: 'getJob',
        summary: 'A queue job: its state, attempts and failure reason',
        params: JobParams,
        querystring: JobQuery,
        response: { 200: json('the job', JobResponse), ...errors(400, 404, 500, 503) },
      },
    },
    async (request): Promise<JobResponse> => {
      const { id } = request.params;
      const { queue } = request.query;
      const found = await findJob(deps.queues, id, queue);
      if (!found) throw notFound(`no job ${id}${queue ? ` in the ${queue} queue` : ''}`);
      return describeJob(found.queue, found.job);
    },
  );

  api.post(
    '/jobs/:id/retry',
    {
      config: { role: 'archivist' },
      schema: {
        operationId: 'retryJob',
        summary: 'Try a failed job again',
        params: JobParams,
        response: { 200: json('the job, waiting again', JobResponse), ...errors(400, 401, 403, 404, 409, 500, 503) },
      },
    },
    async (request): Promise<JobResponse> => {
      const { id } = request.params;
      const found = await findJob(deps.queues, id);
      if (!found) throw notFound(`no job ${id}`);
      const state = await found.job.getState();
      if (state !== 'failed') throw new ApiError(409, 'not_failed', `job ${id} is ${state}; only a failed job can be retried`);
      await found.job.retry('failed');
      // The document no longer counts as failed in the record store (status reads it there).
      const documentId = (found.job.data as { documentId?: unknown }).documentId;
      if (typeof documentId === 'string') await deps.records.setFailure(documentId, null);
      request.log.info({ jobId: id, by: request.user?.name }, 'job retried');
      return describeJob(found.queue, found.job);
    },
  );
}
