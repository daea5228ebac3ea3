'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import type { Session } from '@/lib/sync/session';

/** Who is signed in, and the ways out: sign out, or sign out and erase this device (asked twice). */
export function SignedInCard({
  session,
  onSignOut,
}: {
  session: Session;
  onSignOut: (erase: boolean) => void;
}) {
  const [confirmErase, setConfirmErase] = useState(false);
  return (
    <Card title="Signed in">
      <p className="text-sm" data-testid="signed-in-as">
        Signed in as {session.email}.
      </p>
      <div className="mt-3 flex flex-wrap gap-3">
        <Button variant="secondary" onClick={() => onSignOut(false)}>
          Sign out
        </Button>
        {confirmErase ? (
          <>
            <Button variant="danger" onClick={() => onSignOut(true)}>
              Yes, sign out and erase this device
            </Button>
            <Button variant="secondary" onClick={() => setConfirmErase(false)}>
              Keep my data here
            </Button>
          </>
        ) : (
          <Button variant="secondary" onClick={() => setConfirmErase(true)}>
            Sign out and erase this device…
          </Button>
        )}
      </div>
      <p className="mt-2 text-xs text-slate-600 dark:text-slate-300">
        Signing out keeps everything on this device. Erasing removes it from this browser; what is
        backed up stays in your account.
      </p>
    </Card>
  );
}
