// Accounts on our relay for the bench: one registered user per document owner, through the
// public HTTP API (POST /api/auth/register), exactly as a device signs up.
import { randomBytes } from 'node:crypto';
import { z } from 'zod';

const RegisteredSchema = z.object({
  userId: z.string().min(1),
  athleteId: z.string().min(1),
  accessToken: z.string().min(1),
  refreshToken: z.string().min(1),
});
export type Registered = z.infer<typeof RegisteredSchema>;

async function registerOne(httpBase: string, index: number): Promise<Registered> {
  const body = {
    email: `bench-${index}-${randomBytes(4).toString('hex')}@bench.invalid`,
    password: randomBytes(18).toString('base64url'),
  };
  const response = await fetch(`${httpBase}/api/auth/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(30_000),
  });
  const text = await response.text();
  if (!response.ok) {
    throw new Error(`register ${body.email} → HTTP ${response.status}: ${text.slice(0, 200)}`);
  }
  const parsed = RegisteredSchema.safeParse(JSON.parse(text));
  if (!parsed.success)
    throw new Error(`register returned an unexpected body: ${parsed.error.message}`);
  return parsed.data;
}

/**
 * One registration at a time: each scrypt hash holds 16 MiB for a moment, and several at once
 * would leave the relay's RSS inflated before memory is sampled.
 */
export async function registerUsers(httpBase: string, count: number): Promise<Registered[]> {
  const users: Registered[] = [];
  for (let i = 0; i < count; i++) users.push(await registerOne(httpBase, i));
  return users;
}
