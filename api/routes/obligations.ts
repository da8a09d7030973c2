// GET /obligations (filtered, with counts per status) and GET /obligations.ics (a calendar feed
// of open obligations). Each route declares the role it needs (`config: { role }`, enforced by
// api/auth/guard.ts); calendar apps cannot send headers, so the feed also accepts ?key=API_KEY.
import type { FastifyInstance } from 'fastify';
import { IcsParams, ObligationParams, type ObligationsResponse } from '../../schemas/obligations-api.ts';
import type { TrackedObligation } from '../../schemas/obligation.ts';
import { obligationsCalendar } from '../../tracking/ics.ts';
import type { ApiDeps } from '../deps.ts';
import { parseOr400 } from '../errors.ts';
import { dropBlank } from '../query-params.ts';

/** A calendar holds at most this many obligations (the most urgent first). */
const FEED_LIMIT = 1000;

export function obligationRoutes(app: FastifyInstance, deps: ApiDeps): void {
  app.get('/obligations', { config: { role: 'analyst' } }, async (request): Promise<ObligationsResponse> => {
    const params = parseOr400(ObligationParams, dropBlank(request.query), 'invalid_query', 'query');
    const result = await deps.search.searchObligations(params);
    return { total: result.total, page: params.page, size: params.size, counts: result.counts, items: result.items };
  });

  app.get('/obligations.ics', { config: { role: 'analyst', queryKey: true } }, async (request, reply) => {
    const { assignee } = parseOr400(IcsParams, dropBlank(request.query), 'invalid_query', 'query');
    const items: TrackedObligation[] = [];
    for (const status of ['overdue', 'open'] as const) {
      for (let page = 1; items.length < FEED_LIMIT; page++) {
        const result = await deps.search.searchObligations({ status, assignee, page, size: 100 });
        items.push(...result.items);
        if (page * 100 >= result.total) break;
      }
    }
    reply.type('text/calendar; charset=utf-8').header('content-disposition', 'inline; filename="vanthu-obligations.ics"');
    return obligationsCalendar(items.slice(0, FEED_LIMIT), `${request.protocol}://${request.host}`);
  });
}
