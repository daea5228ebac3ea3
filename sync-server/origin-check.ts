import type { IncomingHttpHeaders } from 'node:http';

/**
 * Whether a WebSocket upgrade may come from the page that asks. Access is decided by the bearer
 * token, never a cookie, so a foreign page cannot ride on a signed-in browser; this is defence in
 * depth against a page that holds a token it should not. A client that sends no Origin (the CLI, a
 * Node client) is not a browser page and passes; a browser page passes when it is served by this
 * relay (the Origin's host is the request's Host, or the proxy's forwarded host), from PUBLIC_URL,
 * or from an origin listed in ALLOWED_ORIGINS.
 */
export function originAllowed(headers: IncomingHttpHeaders, allowed: readonly string[]): boolean {
  const origin = headers.origin;
  if (origin === undefined) return true;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch (error) {
    if (error instanceof TypeError) return false;
    throw error;
  }
  const forwarded = headers['x-forwarded-host'];
  const served = [headers.host, ...(Array.isArray(forwarded) ? forwarded : [forwarded])];
  return (
    served.some((h) => h !== undefined && h.split(',')[0]!.trim() === host) ||
    allowed.includes(origin)
  );
}
