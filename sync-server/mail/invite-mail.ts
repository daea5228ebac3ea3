/** What an invite mail says; the link is the whole flow, the mail only carries it. */
export type InviteMailInput = {
  to: string;
  ownerEmail: string;
  link: string;
  expiresAt: string | undefined;
};

export function inviteMail(from: string, input: InviteMailInput) {
  const until = input.expiresAt ? ` (it works until ${input.expiresAt.slice(0, 10)})` : '';
  return {
    from,
    to: input.to,
    subject: `${input.ownerEmail} invited you to coach them on Splits`,
    text: [
      `${input.ownerEmail} would like to share their training with you on Splits.`,
      '',
      `Open this link and sign in as ${input.to} to accept${until}:`,
      input.link,
      '',
      'If you did not expect this, you can ignore this message.',
    ].join('\n'),
  };
}

/** `<publicUrl>/accept/?token=a.b.c`: the app's accept page with every token of one invite. */
export function inviteUrl(publicUrl: string, tokens: readonly string[]): string {
  return `${publicUrl.replace(/\/+$/, '')}/accept/?token=${tokens.join('.')}`;
}
