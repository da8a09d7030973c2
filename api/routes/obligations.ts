// GET /obligations and GET /obligations.ics — a stub until issue #4 lands its body here.
// Each route declares the role it needs (`config: { role }`, enforced by api/auth/guard.ts).
import type { FastifyInstance } from 'fastify';
import type { ApiDeps } from '../deps.ts';
import { ApiError } from '../errors.ts';

export function obligationRoutes(app: FastifyInstance, _deps: ApiDeps): void {
  const notYet = async () => {
    throw new ApiError(501, 'not_implemented', 'obligations are not tracked yet');
  };
  app.get('/obligations', { config: { role: 'analyst' } }, notYet);
  // Calendar apps cannot send headers: this route also accepts ?key=API_KEY.
  app.get('/obligations.ics', { config: { role: 'analyst', queryKey: true } }, notYet);
}
