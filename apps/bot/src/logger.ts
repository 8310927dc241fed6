import pino, { type DestinationStream, type Logger } from 'pino';
import type { LogLevel } from './env.ts';

export type { Logger };

/**
 * Paths that could ever carry a secret. Nothing logs them on purpose; this is the second line of
 * defence should an error object or an options bag be logged whole.
 */
const REDACT = [
  'token',
  '*.token',
  'password',
  '*.password',
  'authorization',
  '*.authorization',
  'headers.authorization',
  '*.headers.authorization',
];

/**
 * JSON logs on stderr (stdout belongs to the playground's conversation), or into `destination`.
 * One line per interaction carries its latency; question text is never logged, only its length.
 */
export function createLogger(level: LogLevel, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { app: 'study-graph-bot' },
      redact: { paths: REDACT, censor: '[redacted]' },
      serializers: { err: pino.stdSerializers.err },
    },
    destination ?? pino.destination({ fd: 2, sync: true }),
  );
}

/** A logger that drops everything (benchmarks, some tests). */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
