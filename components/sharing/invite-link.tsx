'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';

/** The invite link to send the coach; the relay also mails it where it is set up to. */
export function InviteLink({ email, url }: { email: string; url: string }) {
  const [copied, setCopied] = useState(false);
  const copy = () => {
    navigator.clipboard.writeText(url).then(
      () => setCopied(true),
      (error: unknown) => console.warn('Copying the invite link failed', error),
    );
  };
  return (
    <div className="grid gap-2 rounded-lg border border-slate-200 p-3 dark:border-slate-700">
      <p className="text-sm">
        Send this link to {email}. It works for 7 days, and only when they sign in as {email}.
      </p>
      <input
        readOnly
        aria-label="Invite link"
        value={url}
        onFocus={(e) => e.currentTarget.select()}
        className="rounded-lg border border-slate-300 bg-slate-50 px-3 py-2 font-mono text-xs dark:border-slate-700 dark:bg-slate-950"
      />
      <div>
        <Button variant="secondary" onClick={copy}>
          {copied ? 'Copied' : 'Copy link'}
        </Button>
      </div>
    </div>
  );
}
