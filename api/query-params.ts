// Query strings as HTML forms send them: a blank parameter (`?q=&docType=`) means "not given".
export function dropBlank(query: unknown): Record<string, unknown> {
  return Object.fromEntries(Object.entries((query ?? {}) as Record<string, unknown>).filter(([, v]) => !(typeof v === 'string' && v.trim() === '')));
}
