import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  api,
  register,
  startTestRelay,
  uniqueEmail,
  type TestRelay,
} from '../test-support/relay-harness.ts';
import { startSmtpSink, type SmtpSink } from './test-support/smtp-sink.ts';

const PUBLIC_URL = 'https://splits.example.org';
let sink: SmtpSink;
let relay: TestRelay;

beforeAll(async () => {
  sink = await startSmtpSink();
  relay = await startTestRelay({
    SMTP_URL: `smtp://127.0.0.1:${sink.port}`,
    MAIL_FROM: 'Splits <invites@splits.example.org>',
    PUBLIC_URL,
  });
});
afterAll(async () => {
  await relay.close();
  await sink.close();
});

type Created = { token: string; email: string };

/** Quoted-printable soft line breaks (RFC 2045 §6.7) undone, so the link reads in one piece. */
const bodyOf = (raw: string) => raw.replace(/=\r?\n/g, '').replace(/=3D/g, '=');

describe('invite mail over a real SMTP server', () => {
  it('mails one message with the whole link once the last share of an invite is made', async () => {
    const owner = await register(relay.http);
    const coach = uniqueEmail('coach');
    const share = (prefix: string, mailWith?: string[]) =>
      api(
        relay.http,
        'POST',
        '/api/shares',
        { prefix, role: 'viewer', email: coach, ...(mailWith ? { mailWith } : {}) },
        owner.accessToken,
      );
    const first = await share(`${owner.athleteId}/profile`);
    expect(first.status).toBe(201);
    const last = await share(`${owner.athleteId}/journal`, [(first.json as Created).token]);
    expect(last.status).toBe(201);

    const [mail] = await sink.until(1);
    expect(mail?.to).toEqual([coach]);
    expect(mail?.from).toBe('invites@splits.example.org');
    const tokens = [(first.json as Created).token, (last.json as Created).token];
    expect(bodyOf(mail?.raw ?? '')).toContain(`${PUBLIC_URL}/accept/?token=${tokens.join('.')}`);
    expect(mail?.raw).toContain(owner.email);
  });

  it('refuses to mail invites of someone else, and makes no share then', async () => {
    const owner = await register(relay.http);
    const stranger = await register(relay.http);
    const coach = uniqueEmail('coach');
    const theirs = await api(
      relay.http,
      'POST',
      '/api/shares',
      { prefix: `${stranger.athleteId}/profile`, role: 'viewer', email: coach },
      stranger.accessToken,
    );
    const mine = await api(
      relay.http,
      'POST',
      '/api/shares',
      {
        prefix: `${owner.athleteId}/profile`,
        role: 'viewer',
        email: coach,
        mailWith: [(theirs.json as Created).token],
      },
      owner.accessToken,
    );
    expect(mine.status).toBe(400);
    const list = await api(relay.http, 'GET', '/api/shares', undefined, owner.accessToken);
    expect((list.json as { given: unknown[] }).given).toEqual([]);
  });
});
