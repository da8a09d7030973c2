// GET /search: query parameters validated by the route's zod schema, then handed to the search index.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { SearchParams, SearchResponse } from '../../schemas/api.ts';
import type { ApiDeps } from '../deps.ts';
import { errors, json } from '../openapi.ts';

export function searchRoutes(app: FastifyInstance, deps: ApiDeps): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/search',
    {
      config: { role: 'analyst' },
      schema: {
        operationId: 'search',
        summary: 'Full-text search with filters; hits with highlights and facet counts',
        querystring: SearchParams,
        response: { 200: json('one page of hits', SearchResponse), ...errors(400, 500, 503) },
      },
    },
    async (request): Promise<SearchResponse> => {
      const params = request.query;
      const result = await deps.search.search(params);
      return { total: result.total, page: params.page, size: params.size, hits: result.hits, facets: result.facets };
    },
  );
}
