'use client';

import Link from 'next/link';
import { useState } from 'react';
import { Card } from '@/components/ui/card';
import { useSession } from '@/lib/sync/session';
import { AccessList } from './access-list';
import { InviteForm } from './invite-form';
import { InviteLink } from './invite-link';
import { SupportAccess } from './support-access';

/** Settings → Sharing: invite a coach, see who has access to what, and end it. */
export function SharingCard() {
  const session = useSession();
  const [link, setLink] = useState<{ email: string; url: string } | null>(null);
  return (
    <div id="sharing">
      <Card title="Sharing">
        {session ? (
          <div className="grid gap-4">
            <p className="text-sm">
              Invite a coach to see your training, and to edit your plan if you like. You can end it
              at any time.
            </p>
            <InviteForm onInvited={(email, url) => setLink({ email, url })} />
            {link ? <InviteLink email={link.email} url={link.url} /> : null}
            <AccessList />
            <SupportAccess />
          </div>
        ) : (
          <p className="text-sm">
            Sharing with a coach needs an account, so your training can reach them.{' '}
            <Link href="/account/" className="text-link underline">
              Sign in or create one
            </Link>
            .
          </p>
        )}
      </Card>
    </div>
  );
}
