// Helpers for the console's tests: an owner made by the real command, console sessions, tokens.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { decodeJwt, SignJWT } from 'jose';
import { api, register, testEnv, type Session } from '../test-support/relay-harness.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

export const SECRET = 'the console tests share this secret, 32+ characters';
export const PASSWORD = 'a long enough password';

export type Member = Session & { email: string; password: string };

/** `npm run -s relay -- create-owner EMAIL` with the password piped on stdin; its exit code and output. */
export function createOwnerCommand(
  dataDir: string,
  email: string,
  extra: Record<string, string> = {},
) {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'sync-server/main.ts', 'create-owner', email],
    {
      cwd: root,
      env: { ...process.env, ...testEnv(dataDir, { JWT_SECRET: SECRET, ...extra }) },
      stdio: ['pipe', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stdin.end(`${PASSWORD}\n`);
  return new Promise<{ code: number | null; output: string }>((resolve) =>
    child.once('exit', (code) => resolve({ code, output })),
  );
}

export async function login(http: string, email: string, password = PASSWORD): Promise<Member> {
  const res = await api(http, 'POST', '/api/auth/login', { email, password });
  if (res.status !== 200)
    throw new Error(`login failed: ${res.status} ${JSON.stringify(res.json)}`);
  return { ...(res.json as Session), email, password };
}

/** Opens a console session (the password again) and answers its token. */
export async function consoleToken(http: string, member: Member): Promise<string> {
  const res = await api(
    http,
    'POST',
    '/api/admin/session',
    { password: member.password },
    member.accessToken,
  );
  if (res.status !== 201)
    throw new Error(`console session: ${res.status} ${JSON.stringify(res.json)}`);
  return (res.json as { token: string }).token;
}

/** A console token for any login, signed with the relay's key (what a demoted admin still holds). */
export async function signedConsoleToken(member: Member, expiresInS = 600): Promise<string> {
  const { fam } = decodeJwt(member.accessToken) as { fam: string };
  return new SignJWT({ fam })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(member.userId)
    .setIssuer('splits-relay-admin')
    .setIssuedAt()
    .setExpirationTime(Math.floor(Date.now() / 1000) + expiresInS)
    .sign(new TextEncoder().encode(SECRET));
}

export const errorCode = (json: unknown) =>
  (json as { error?: { code?: string } } | null)?.error?.code;

/** An operator changes something about an account (password asked again). */
export function act(
  http: string,
  token: string,
  path: string,
  body: Record<string, unknown>,
  method = 'POST',
) {
  return api(http, method, `/api/admin/accounts/${path}`, { password: PASSWORD, ...body }, token);
}

export { register };
