'use client';

import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { useEffect, useRef } from 'react';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { ShareApiError } from '@/lib/sharing/share-api';
import { parseInviteTokens } from '@/lib/sharing/share-scopes';
import { useAcceptInvite } from '@/lib/sharing/use-shares';
import { useSession } from '@/lib/sync/session';
import { SignInToAccept } from './sign-in-to-accept';

function failure(error: Error, signedInAs: string): string {
  if (error instanceof ShareApiError && error.code === 'invite_for_other') {
    return `${error.message} You are signed in as ${signedInAs}.`;
  }
  return error.message;
}

/** `/accept/?token=…`: accepts an invite once signed in as the invited email. */
export function AcceptScreen() {
  const tokens = parseInviteTokens(useSearchParams().get('token'));
  const session = useSession();
  const accept = useAcceptInvite();
  const asked = useRef(false);
  const ready = tokens !== null && session !== null;
  useEffect(() => {
    if (!ready || asked.current) return;
    asked.current = true;
    accept.mutate(tokens);
  }, [ready, tokens, accept]);

  return (
    <div>
      <PageHeader title="Coaching invite">An athlete invited you to see their training.</PageHeader>
      <Card>
        {tokens === null ? (
          <p role="alert">
            This invite link is incomplete. Ask the athlete to copy it again from their Sharing
            settings.
          </p>
        ) : session === null ? (
          <SignInToAccept />
        ) : accept.isError ? (
          <p role="alert">{failure(accept.error, session.email)}</p>
        ) : accept.isSuccess ? (
          <div className="grid gap-2" role="status">
            <p>
              Invite accepted: you can now follow {accept.data[0]?.ownerEmail ?? 'the athlete'}’s
              training.
            </p>
            <Link href="/coach/" className="text-link underline">
              Open your coach’s desk
            </Link>
          </div>
        ) : (
          <p role="status">Accepting the invite…</p>
        )}
      </Card>
    </div>
  );
}
