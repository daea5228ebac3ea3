import { createTransport } from 'nodemailer';
import type { Logger } from '../log.ts';
import { inviteMail, inviteUrl } from './invite-mail.ts';

export type MailSettings = {
  /** `smtp://user:pass@host:port` or `smtps://…` (nodemailer's connection URL). */
  smtpUrl: string;
  from: string;
  /** Where the app is served, for the link in the mail. */
  publicUrl: string;
};

export type Invite = {
  to: string;
  ownerEmail: string;
  tokens: string[];
  expiresAt: string | undefined;
};

/** Sends an invite mail; never rejects (a mail that fails is logged: the link still works). */
export type InviteMailer = (invite: Invite) => Promise<void>;

export function createInviteMailer(settings: MailSettings, log: Logger): InviteMailer {
  const transport = createTransport(settings.smtpUrl);
  return async (invite) => {
    const link = inviteUrl(settings.publicUrl, invite.tokens);
    try {
      await transport.sendMail(inviteMail(settings.from, { ...invite, link }));
      log.info({ event: 'invite_mailed' }, 'invite mailed');
    } catch (error) {
      log.warn({ event: 'invite_mail_failed', err: error }, 'invite mail could not be sent');
    }
  };
}
