// GET /jobs/:id: a queue job's state, attempts and failure reason.
import type { FastifyInstance } from 'fastify';
import { JobParams, JobQuery, type JobResponse } from '../../schemas/api.ts';
import { notFound, parseOr400 } from '../errors.ts';
import { describeJob, findJob } from '../jobs.ts';
import type { ApiDeps } from '../deps.ts';

export function jobRoutes(app: FastifyInstance, deps: ApiDeps): void {
  app.get('/jobs/:id', async (request): Promise<JobResponse> => {
    const { id } = parseOr400(JobParams, request.params, 'invalid_id', 'job id');
    const { queue } = parseOr400(JobQuery, request.query, 'invalid_query', 'query');
    const found = await findJob(deps.queues, id, queue);
    if (!found) throw notFound(`no job ${id}${queue ? ` in the ${queue} queue` : ''}`);
    return describeJob(found.queue, found.job);
  });
}
