// User management (admins): list, create (answers the new API key once), remove.
import type { FastifyInstance } from 'fastify';
import { CreateUserBody, UserParams } from '../../schemas/api.ts';
import { UserExistsError, type UserStore } from '../auth/users.ts';
import { ApiError, notFound, parseOr400 } from '../errors.ts';

export function userRoutes(app: FastifyInstance, users: UserStore): void {
  app.get('/users', { config: { role: 'admin' } }, async () => users.list());

  app.post('/users', { config: { role: 'admin' } }, async (request, reply) => {
    const body = parseOr400(CreateUserBody, request.body, 'invalid_body', 'user');
    try {
      const created = await users.add(body.name, body.role, body.password);
      request.log.info({ user: body.name, role: body.role, by: request.user?.name }, 'user created');
      return reply.status(201).send(created);
    } catch (error) {
      if (error instanceof UserExistsError) throw new ApiError(409, 'user_exists', error.message);
      throw error;
    }
  });

  app.delete('/users/:name', { config: { role: 'admin' } }, async (request, reply) => {
    const { name } = parseOr400(UserParams, request.params, 'invalid_name', 'user name');
    if (!(await users.remove(name))) throw notFound(`no user ${name}`);
    request.log.info({ user: name, by: request.user?.name }, 'user removed');
    return reply.status(204).send();
  });
}
