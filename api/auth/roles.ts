// Roles, in increasing power: an analyst reads, an archivist also uploads and corrects, an admin
// also manages users and the queues. Every route declares the least role it needs
// (`config: { role }`); api/auth/guard.ts enforces it and refuses to start on a route without one.
import { z } from 'zod';

export const Role = z.enum(['analyst', 'archivist', 'admin']);
export type Role = z.infer<typeof Role>;

/** What a route may declare: a role, or `public` (no credentials: /health, the login page, assets). */
export type Access = Role | 'public';

const RANK: Record<Role, number> = { analyst: 1, archivist: 2, admin: 3 };

export const roleAtLeast = (have: Role, need: Role): boolean => RANK[have] >= RANK[need];

export const ROLE_LABEL: Record<Role, string> = { analyst: 'Chuyên viên phân tích', archivist: 'Văn thư', admin: 'Quản trị' };

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The least role the route needs, or 'public'. Required on every route. */
    role?: Access;
    /** Also accept the API key as `?key=` (calendar apps cannot send headers). */
    queryKey?: boolean;
    /** An HTML page: send people without a session to the login page instead of a 401. */
    page?: boolean;
  }
}
