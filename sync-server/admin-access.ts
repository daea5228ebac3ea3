import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { bearerToken } from './http-json.ts';

/**
 * Whether a request on the public listener may read `/metrics` and the detailed `/healthz`: only
 * with `Authorization: Bearer <ADMIN_TOKEN>` (the admin listener, ADMIN_PORT, needs no token).
 */
export function adminCheck(adminToken: string | undefined): (req: IncomingMessage) => boolean {
  if (!adminToken) return () => false;
  const expected = digest(adminToken);
  return (req) => {
    const token = bearerToken(req);
    return token !== null && timingSafeEqual(digest(token), expected);
  };
}

// Equal-length digests, so the comparison takes the same time whatever was sent.
const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();
