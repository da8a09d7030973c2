// GET /jobs/:id: a queue job's state, attempts and failure reason. POST /jobs/:id/retry: try a
// failed job again (archivists).
import type { FastifyInstance } from 'fastify';
import { JobParams, JobQuery, type JobResponse } from '../../schemas/api.ts';
import { ApiError, notFound, parseOr400 } from '../errors.ts';
import { describeJob, findJob } from '../jobs.ts';
import type { ApiDeps } from '../deps.ts';

export function jobRoutes(app: FastifyInstance, deps: ApiDeps): void {
  app.get('/jobs/:id', { config: { role: 'analyst' } }, async (request): Promise<JobResponse> => {
    const { id } = parseOr400(JobParams, request.params, 'invalid_id', 'job id');
    const { queue } = parseOr400(JobQuery, request.query, 'invalid_query', 'query');
    const found = await findJob(deps.queues, id, queue);
    if (!found) throw notFound(`no job ${id}${queue ? ` in the ${queue} queue` : ''}`);
    return describeJob(found.queue, found.job);
  });

  app.post('/jobs/:id/retry', { config: { role: 'archivist' } }, async (request): Promise<JobResponse> => {
    const { id } = parseOr400(JobParams, request.params, 'invalid_id', 'job id');
    const found = await findJob(deps.queues, id);
    if (!found) throw notFound(`no job ${id}`);
    const state = await found.job.getState();
    if (state !== 'failed') throw new ApiError(409, 'not_failed', `job ${id} is ${state}; only a failed job can be retried`);
    await found.job.retry('failed');
    request.log.info({ jobId: id, by: request.user?.name }, 'job retried');
    return describeJob(found.queue, found.job);
  });
}
