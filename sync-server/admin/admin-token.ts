import { errors, jwtVerify, SignJWT } from 'jose';
import { z } from 'zod';

// A console session is its own token: another issuer, so the sync endpoint and the athlete API
// refuse it, and a short life (ADMIN_SESSION_TTL_S), so a forgotten console tab soon stops working.
const ISSUER = 'splits-relay-admin';

const Claims = z.object({ sub: z.string().min(1), fam: z.string().min(1), exp: z.number() });

export type AdminClaims = { userId: string; familyId: string; expiresAtMs: number };
export type AdminTokenCheck =
  { ok: true; claims: AdminClaims } | { ok: false; reason: 'expired' | 'invalid' };

export function signAdminToken(
  key: Uint8Array,
  claims: { userId: string; familyId: string },
  ttlS: number,
): Promise<string> {
  return new SignJWT({ fam: claims.familyId })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(claims.userId)
    .setIssuer(ISSUER)
    .setIssuedAt()
    .setExpirationTime(`${ttlS}s`)
    .sign(key);
}

export async function verifyAdminToken(key: Uint8Array, token: string): Promise<AdminTokenCheck> {
  try {
    const { payload } = await jwtVerify(token, key, { issuer: ISSUER, algorithms: ['HS256'] });
    const claims = Claims.safeParse(payload);
    if (!claims.success) return { ok: false, reason: 'invalid' };
    const { sub, fam, exp } = claims.data;
    return { ok: true, claims: { userId: sub, familyId: fam, expiresAtMs: exp * 1000 } };
  } catch (error) {
    if (error instanceof errors.JWTExpired) return { ok: false, reason: 'expired' };
    if (error instanceof errors.JOSEError) return { ok: false, reason: 'invalid' };
    throw error;
  }
}
