/** A request's path: as sent (for routing) and percent-decoded (for files). */
export type RequestTarget = { path: string; decodedPath: string };

/**
 * Parses a request target, or answers null for one no honest client sends: a malformed absolute
 * URL, broken percent-encoding, or a NUL byte. The caller answers 400 without a stack trace.
 */
export function parseTarget(url: string | undefined): RequestTarget | null {
  let path: string;
  try {
    path = new URL(url ?? '/', 'http://relay').pathname;
  } catch (error) {
    if (error instanceof TypeError) return null;
    throw error;
  }
  let decodedPath: string;
  try {
    decodedPath = decodeURIComponent(path);
  } catch (error) {
    if (error instanceof URIError) return null;
    throw error;
  }
  if (decodedPath.includes('\0')) return null;
  return { path, decodedPath };
}
