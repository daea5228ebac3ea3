import { createHash, randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { errors, jwtVerify, SignJWT } from 'jose';
import { z } from 'zod';

const ISSUER = 'splits-relay';
const SECRET_FILE = 'jwt-secret';

export type AccessClaims = { userId: string; athleteId: string; familyId: string };

export type TokenCheck =
  | { ok: true; claims: AccessClaims; expiresAtMs: number }
  | { ok: false; reason: 'expired' | 'invalid' };

const Claims = z.object({
  sub: z.string().min(1),
  ath: z.string().min(1),
  fam: z.string().min(1),
  exp: z.number(),
});

/** The HMAC key: JWT_SECRET when set, else one generated on first start and kept in DATA_DIR. */
export async function loadSigningKey(dataDir: string, fromEnv: string | undefined) {
  if (fromEnv) return new TextEncoder().encode(fromEnv);
  const path = join(dataDir, SECRET_FILE);
  try {
    return new Uint8Array(Buffer.from((await readFile(path, 'utf8')).trim(), 'base64url'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const secret = randomBytes(32);
  await writeFile(path, secret.toString('base64url'), { mode: 0o600, flag: 'wx' });
  return new Uint8Array(secret);
}

export async function signAccessToken(
  key: Uint8Array,
  claims: AccessClaims,
  ttlS: number,
): Promise<string> {
  return new SignJWT({ ath: claims.athleteId, fam: claims.familyId })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(claims.userId)
    .setIssuer(ISSUER)
    .setIssuedAt()
    .setExpirationTime(`${ttlS}s`)
    .sign(key);
}

export async function verifyAccessToken(key: Uint8Array, token: string): Promise<TokenCheck> {
  try {
    const { payload } = await jwtVerify(token, key, { issuer: ISSUER, algorithms: ['HS256'] });
    const claims = Claims.safeParse(payload);
    if (!claims.success) return { ok: false, reason: 'invalid' };
    const { sub, ath, fam, exp } = claims.data;
    return {
      ok: true,
      claims: { userId: sub, athleteId: ath, familyId: fam },
      expiresAtMs: exp * 1000,
    };
  } catch (error) {
    if (error instanceof errors.JWTExpired) return { ok: false, reason: 'expired' };
    if (error instanceof errors.JOSEError) return { ok: false, reason: 'invalid' };
    throw error;
  }
}

/** An opaque random token (refresh tokens, invites); only its hash is ever stored. */
export function newOpaqueToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}
