// Pages read some data through the API itself (app.inject with the visitor's own credentials), so
// a page shows exactly what the API would give that user, and routes other engineers own (search
// filters, obligations) are used through their public shape only.
import type { FastifyInstance, FastifyRequest } from 'fastify';

export interface ApiAnswer<T> {
  status: number;
  body: T | null;
  error: string | null;
}

export async function apiGet<T>(app: FastifyInstance, request: FastifyRequest, url: string): Promise<ApiAnswer<T>> {
  const headers: Record<string, string> = {};
  if (request.headers.cookie) headers.cookie = request.headers.cookie;
  if (request.headers.authorization) headers.authorization = request.headers.authorization;
  const res = await app.inject({ method: 'GET', url, headers });
  let json: unknown = null;
  try {
    json = res.json();
  } catch {
    json = null;
  }
  if (res.statusCode >= 400) {
    const message = json && typeof json === 'object' && 'message' in json ? String((json as { message: unknown }).message) : `HTTP ${res.statusCode}`;
    return { status: res.statusCode, body: null, error: message };
  }
  return { status: res.statusCode, body: json as T, error: null };
}

/** A query string from the given values, blank ones left out. */
export function qs(params: Record<string, string | number | undefined | null>): string {
  const u = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && String(v) !== '') u.set(k, String(v));
  const s = u.toString();
  return s ? `?${s}` : '';
}
