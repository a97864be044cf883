import { pino, type Logger } from 'pino';

export type { Logger };

/** JSON logs on stderr (stdout stays free for CLI output), one logger per process part. */
export function createLogger(name: string, level = 'info'): Logger {
  return pino({ name, level, base: { part: name } }, pino.destination({ fd: 2, sync: false }));
}
