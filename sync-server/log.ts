import { pino } from 'pino';
import { LogRing } from './admin/log-ring.ts';
import type { RelayConfig } from './config.ts';

/**
 * Fields that may hold a secret or a user's data, blanked wherever they appear in a log object:
 * passwords, tokens, authorization headers, request bodies and document contents.
 */
const SECRET_FIELDS = [
  'password',
  'newPassword',
  'token',
  'accessToken',
  'refreshToken',
  'authorization',
  'cookie',
  'body',
  'update',
  'content',
  'state',
];
export const REDACT_PATHS = SECRET_FIELDS.flatMap((f) => [f, `*.${f}`, `*.*.${f}`]);

// A JWT, whole or cut short (a logged URL is cut at 200 characters).
const JWT = /eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*(?:\.[A-Za-z0-9_-]*)?/g;
const BEARER = /(Bearer\s+)[^\s"\\]+/gi;
const TOKEN_PARAM = /([?&](?:token|access_token|password)=)[^&\s"\\]+/gi;

/**
 * The last line of defence, run on every serialised line: a token that reached a message or an
 * unnamed field (a URL, an error's text) is replaced before the line is written anywhere.
 */
export function scrubSecrets(line: string): string {
  return line
    .replace(JWT, '[token]')
    .replace(BEARER, '$1[token]')
    .replace(TOKEN_PARAM, '$1[redacted]');
}

const options = (level: RelayConfig['logLevel']) => ({
  level,
  base: { service: 'splits-relay' },
  redact: { paths: REDACT_PATHS, censor: '[redacted]' },
  hooks: { streamWrite: scrubSecrets },
});

/** Structured JSON logs on stdout, one object a line. */
export function createLogger(level: RelayConfig['logLevel']) {
  return pino(options(level));
}

export type Logger = ReturnType<typeof createLogger>;

/**
 * The relay's logger: stdout, the in-memory ring the console reads (LOG_RING_LINES), and a file
 * when LOG_FILE is set. Every stream receives the same redacted, scrubbed lines.
 */
export function createRelayLogger(
  config: Pick<RelayConfig, 'logLevel' | 'logRingLines' | 'logFile'>,
): { log: Logger; ring: LogRing } {
  const ring = new LogRing(config.logRingLines);
  const streams: pino.StreamEntry[] = [
    { level: config.logLevel === 'silent' ? 'fatal' : config.logLevel, stream: process.stdout },
    { level: 'trace', stream: ring },
  ];
  if (config.logFile) {
    streams.push({
      level: 'trace',
      // Written as each line comes: the lines before a crash are the ones an operator needs.
      stream: pino.destination({ dest: config.logFile, mkdir: true, sync: true }),
    });
  }
  return { log: pino(options(config.logLevel), pino.multistream(streams)), ring };
}
