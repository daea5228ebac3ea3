import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';
import { inviteMail, inviteUrl } from './invite-mail.ts';

describe('invite mail', () => {
  it('links to the accept page with every token of the invite', () => {
    expect(inviteUrl('https://app.example.org/', ['aaa', 'bbb'])).toBe(
      'https://app.example.org/accept/?token=aaa.bbb',
    );
  });

  it('names the athlete, the invited address and the expiry day', () => {
    const mail = inviteMail('Splits <x@example.org>', {
      to: 'coach@example.org',
      ownerEmail: 'runner@example.org',
      link: 'https://app.example.org/accept/?token=t',
      expiresAt: '2026-12-10T08:00:00.000Z',
    });
    expect(mail.subject).toContain('runner@example.org');
    expect(mail.text).toContain('sign in as coach@example.org');
    expect(mail.text).toContain('until 2026-12-10');
    expect(mail.text).toContain('https://app.example.org/accept/?token=t');
  });
});

describe('mail settings', () => {
  it('sends no mail unless SMTP is configured, and refuses SMTP without sender or app address', () => {
    expect(loadConfig({}).mail).toBeNull();
    expect(() => loadConfig({ SMTP_URL: 'smtp://127.0.0.1:25' })).toThrow(
      /MAIL_FROM and PUBLIC_URL/,
    );
    const config = loadConfig({
      SMTP_URL: 'smtp://127.0.0.1:25',
      MAIL_FROM: 'x@example.org',
      PUBLIC_URL: 'https://app.example.org',
    });
    expect(config.mail).toEqual({
      smtpUrl: 'smtp://127.0.0.1:25',
      from: 'x@example.org',
      publicUrl: 'https://app.example.org',
    });
  });
});
