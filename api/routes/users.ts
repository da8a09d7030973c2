// User management (admins): list, create (answers the new API key once), remove.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CreatedUser, CreateUserBody, UserList, UserParams } from '../../schemas/api.ts';
import { UserExistsError, type UserStore } from '../auth/users.ts';
import { ApiError, notFound } from '../errors.ts';
import { errors, json } from '../openapi.ts';

export function userRoutes(app: FastifyInstance, users: UserStore): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get(
    '/users',
    { config: { role: 'admin' }, schema: { operationId: 'listUsers', summary: 'The users and their roles', response: { 200: json('users', UserList), ...errors(401, 403) } } },
    async () => users.list(),
  );

  api.post(
    '/users',
    {
      config: { role: 'admin' },
      schema: {
        operationId: 'createUser',
        summary: 'Create a user; the answer holds the new API key, shown once',
        body: CreateUserBody,
        response: { 201: json('the user and its API key', CreatedUser), ...errors(400, 401, 403, 409) },
      },
    },
    async (request, reply) => {
      const body = request.body;
      try {
        const created = await users.add(body.name, body.role, body.password);
        request.log.info({ user: body.name, role: body.role, by: request.user?.name }, 'user created');
        return reply.status(201).send(created);
      } catch (error) {
        if (error instanceof UserExistsError) throw new ApiError(409, 'user_exists', error.message);
        throw error;
      }
    },
  );

  api.delete(
    '/users/:name',
    {
      config: { role: 'admin' },
      schema: {
        operationId: 'deleteUser',
        summary: 'Remove a user: their API key and sessions stop working',
        params: UserParams,
        response: { 204: z.null().describe('removed'), ...errors(401, 403, 404) },
      },
    },
    async (request, reply) => {
      const { name } = request.params;
      if (!(await users.remove(name))) throw notFound(`no user ${name}`);
      request.log.info({ user: name, by: request.user?.name }, 'user removed');
      return reply.status(204).send(null);
    },
  );
}
