'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { FormError } from '@/components/ui/form-error';
import { accessByPerson, type PersonAccess } from '@/lib/sharing/share-groups';
import { areaLabels } from '@/lib/sharing/share-scopes';
import { useRemoveShares, useShares } from '@/lib/sharing/use-shares';

function describe(person: PersonAccess): string {
  return person.areas
    .map(({ area, role }) =>
      area === 'plan' ? `${role === 'editor' ? 'edit' : 'view'} your plan` : areaLabels[area],
    )
    .join(', ');
}

function state(person: PersonAccess): string {
  if (!person.pending) return 'Has access';
  return person.expired ? 'Invite expired' : 'Invited, not accepted yet';
}

// An invite accepted on the coach's device shows here without a reload.
const ACCESS_REFETCH_MS = 15_000;

/** Who can see what; one press ends it (or withdraws an invite not yet accepted). */
export function AccessList() {
  const shares = useShares({ refetchIntervalMs: ACCESS_REFETCH_MS });
  const remove = useRemoveShares();
  const [error, setError] = useState<string | null>(null);
  if (shares.isPending) return <p role="status">Loading who has access…</p>;
  if (shares.isError) return <FormError error={shares.error.message} />;
  const people = accessByPerson(shares.data.given, shares.dataUpdatedAt);
  if (people.length === 0) return <p className="text-sm">Nobody has access to your training.</p>;
  return (
    <div className="grid gap-2">
      <h3 className="font-semibold">Who has access</h3>
      <ul className="grid gap-2" aria-label="Who has access">
        {people.map((person) => (
          <li
            key={person.email}
            className="flex flex-wrap items-center justify-between gap-2 rounded-lg border border-slate-200 p-3 dark:border-slate-700"
          >
            <div className="text-sm">
              <p className="font-medium">{person.email}</p>
              <p>
                {state(person)}: {describe(person)}
              </p>
            </div>
            <Button
              variant="danger"
              aria-label={`${person.pending ? 'Withdraw invite for' : 'Remove access for'} ${person.email}`}
              onClick={() => {
                setError(null);
                remove.mutate(person.shareIds, { onError: (e) => setError(e.message) });
              }}
            >
              {person.pending ? 'Withdraw invite' : 'Remove access'}
            </Button>
          </li>
        ))}
      </ul>
      <FormError error={error} />
    </div>
  );
}
