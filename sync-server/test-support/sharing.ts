import { api, register, uniqueEmail } from './relay-harness.ts';

/** Registers a second account and gives it `role` on `prefix` of the owner's documents. */
export async function shareWith(
  http: string,
  ownerToken: string,
  prefix: string,
  role: 'editor' | 'viewer',
) {
  const guest = await register(http, uniqueEmail(role));
  const invite = await api(
    http,
    'POST',
    '/api/shares',
    { prefix, role, email: guest.email },
    ownerToken,
  );
  if (invite.status !== 201) throw new Error(`share failed: ${JSON.stringify(invite.json)}`);
  const { token } = invite.json as { token: string };
  const accepted = await api(http, 'POST', '/api/shares/accept', { token }, guest.accessToken);
  if (accepted.status !== 200) throw new Error(`accept failed: ${JSON.stringify(accepted.json)}`);
  return guest;
}
