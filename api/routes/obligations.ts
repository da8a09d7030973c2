// GET /obligations (filtered, with counts per status) and GET /obligations.ics (a calendar feed
// of open obligations). Each route declares the role it needs (`config: { role }`, enforced by
// api/auth/guard.ts); calendar apps cannot send headers, so the feed also accepts ?key=API_KEY.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IcsParams, ObligationParams, ObligationsResponse } from '../../schemas/obligations-api.ts';
import type { TrackedObligation } from '../../schemas/obligation.ts';
import { obligationsCalendar } from '../../tracking/ics.ts';
import type { ApiDeps } from '../deps.ts';
import { errors, json, media } from '../openapi.ts';

/** A calendar holds at most this many obligations (the most urgent first). */
const FEED_LIMIT = 1000;

export function obligationRoutes(app: FastifyInstance, deps: ApiDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const listSchema = {
    operationId: 'listObligations',
    summary: 'Tracked obligations (who must do what by when), soonest due first, with counts per status',
    querystring: ObligationParams,
    response: { 200: json('one page of obligations', ObligationsResponse), ...errors(400, 401, 403, 500, 503) },
  };
  api.get('/obligations', { config: { role: 'analyst' }, schema: listSchema }, async (request): Promise<ObligationsResponse> => {
    const params = request.query;
    const result = await deps.search.searchObligations(params);
    return { total: result.total, page: params.page, size: params.size, counts: result.counts, items: result.items };
  });

  const feedSchema = {
    operationId: 'obligationsCalendar',
    summary: 'iCalendar feed of open and overdue obligations (recurring reports as RRULE); accepts ?key=API_KEY',
    querystring: IcsParams,
    response: { 200: media('an iCalendar (RFC 5545) feed', 'text/calendar', z.string()), ...errors(400, 401, 403, 500, 503) },
  };
  api.get('/obligations.ics', { config: { role: 'analyst', queryKey: true }, schema: feedSchema }, async (request, reply) => {
    const { assignee } = request.query;
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
