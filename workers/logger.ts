// JSON logs with pino. Every line about a document carries its documentId: job code logs through
// child loggers made with `forJob`.
import { pino, type Logger } from 'pino';

export type { Logger };

export function createLogger(level: string, destination: 1 | 2 = 1): Logger {
  return pino({ level, base: { service: 'vanthu', pid: process.pid } }, pino.destination({ dest: destination, sync: true }));
}

/** A logger that drops everything (tests, library use without logging). */
export const silentLogger = (): Logger => pino({ level: 'silent' });
