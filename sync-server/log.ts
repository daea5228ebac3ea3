import { pino } from 'pino';
import type { RelayConfig } from './config.ts';

/** Structured JSON logs on stdout, one object a line. */
export function createLogger(level: RelayConfig['logLevel']) {
  return pino({ level, base: { service: 'splits-relay' } });
}

export type Logger = ReturnType<typeof createLogger>;
