// GET /search: query parameters validated with zod, then handed to the search index.
import type { FastifyInstance } from 'fastify';
import { SearchParams, type SearchResponse } from '../../schemas/api.ts';
import { parseOr400 } from '../errors.ts';
import { dropBlank } from '../query-params.ts';
import type { ApiDeps } from '../deps.ts';

export function searchRoutes(app: FastifyInstance, deps: ApiDeps): void {
  app.get('/search', { config: { role: 'analyst' } }, async (request): Promise<SearchResponse> => {
    const params = parseOr400(SearchParams, dropBlank(request.query), 'invalid_query', 'query');
    const result = await deps.search.search(params);
    return { total: result.total, page: params.page, size: params.size, hits: result.hits, facets: result.facets };
  });
}
