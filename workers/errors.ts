// Errors the CLI turns into one clear line instead of a stack trace.

/** A service the command needs (Redis, Elasticsearch) does not answer. */
export class ServiceUnavailableError extends Error {
  override readonly name = 'ServiceUnavailableError';
}

/** A URL fit for messages and logs: any user name or password in it is hidden. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.username || u.password) {
      u.username = u.username ? '***' : '';
      u.password = u.password ? '***' : '';
    }
    return u.toString().replace(/\/$/, '');
  } catch {
    return '<invalid url>';
  }
}

export const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));
