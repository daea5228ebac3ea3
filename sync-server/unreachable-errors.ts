import { ReplyError } from 'ioredis';

// Which failures mean "the store did not answer" (worth a 503 and a retry) rather than "the
// store answered no" (a bug or a constraint, reported as it is).

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

// node-postgres reports a lost or refused connection with these messages rather than codes.
const PG_CONNECTION_MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|Query read timeout|not queryable|Client was closed/i;

/**
 * PostgreSQL did not answer: a network error, a lost connection, or a SQLSTATE of class 08
 * (connection exception), 57P (server shutting down or starting) or 53 (out of resources), per
 * the PostgreSQL manual, Appendix A "PostgreSQL Error Codes".
 */
export function isPgUnreachable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') {
    if (NETWORK_CODES.has(code)) return true;
    if (/^(08|57P|53)/.test(code)) return true;
  }
  return PG_CONNECTION_MESSAGES.test(error.message);
}

/**
 * Redis did not answer: anything but a reply from the server itself (ioredis rejects with plain
 * errors for a closed connection, exhausted retries or a command timeout).
 */
export function isRedisUnreachable(error: unknown): boolean {
  return error instanceof Error && !(error instanceof ReplyError);
}
