'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { FormError } from '@/components/ui/form-error';
import {
  endSupportGrant,
  grantSupport,
  listSupportGrants,
  type SupportGrant,
} from '@/lib/sharing/share-api';
import { areaLabels, areaOfPrefix, prefixOfArea, type ShareArea } from '@/lib/sharing/share-scopes';
import { useAthleteId } from '@/lib/store/current-athlete';
import { supportDurations } from './support-durations';

const AREAS: ShareArea[] = ['plan', 'activityList', 'activityDetails', 'journal', 'profile'];
const supportKey = ['relay', 'support'] as const;
const until = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

const describe = (grant: SupportGrant) =>
  grant.prefixes
    .map((p) => {
      const area = areaOfPrefix(p)?.area;
      return area ? areaLabels[area] : p;
    })
    .join(', ');

/**
 * Settings → Sharing → Support access: let the sync server's admins read chosen parts of your
 * training for a while, to help with a problem. Read-only, ends on its own, or now with one press.
 */
export function SupportAccess() {
  const athleteId = useAthleteId();
  const grants = useQuery({
    queryKey: supportKey,
    queryFn: listSupportGrants,
    refetchInterval: 30_000,
  });
  if (!athleteId) return null;
  const nowMs = grants.dataUpdatedAt;
  const running = (grants.data ?? []).filter(
    (g) => g.endedAt === null && Date.parse(g.expiresAt) > nowMs,
  );
  return (
    <section className="grid gap-3" aria-labelledby="support-access-title">
      <h3 id="support-access-title" className="font-semibold">
        Support access
      </h3>
      <p className="text-sm">
        If you need help, you can let this sync server’s admins read parts of your training for a
        while. They cannot change anything, you see each time they look, and you can end it at any
        time.
      </p>
      <GrantForm athleteId={athleteId} />
      {grants.isError ? <FormError error={grants.error.message} /> : null}
      <RunningGrants running={running} />
    </section>
  );
}

function useRefresh() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: supportKey });
}

function GrantForm({ athleteId }: { athleteId: string }) {
  const [areas, setAreas] = useState<ReadonlySet<ShareArea>>(new Set(['plan']));
  const durations = supportDurations();
  const [durationS, setDurationS] = useState(durations[0]?.seconds ?? 3600);
  const grant = useMutation({
    mutationFn: () =>
      grantSupport(
        [...areas].map((a) => prefixOfArea(athleteId, a)),
        durationS,
      ),
    onSuccess: useRefresh(),
  });
  const toggle = (area: ShareArea) => {
    const next = new Set(areas);
    if (next.has(area)) next.delete(area);
    else next.add(area);
    setAreas(next);
  };
  return (
    <form
      className="grid gap-2"
      aria-label="Grant support access"
      onSubmit={(event) => {
        event.preventDefault();
        grant.mutate();
      }}
    >
      <fieldset className="flex flex-wrap gap-3 text-sm">
        <legend className="mb-1 text-sm font-medium">What support may read</legend>
        {AREAS.map((area) => (
          <label key={area} className="flex items-center gap-1">
            <input type="checkbox" checked={areas.has(area)} onChange={() => toggle(area)} />
            {areaLabels[area]}
          </label>
        ))}
      </fieldset>
      <label className="grid gap-1 text-sm">
        For how long
        <select
          className="rounded-lg border border-slate-300 bg-white px-3 py-2 dark:border-slate-700 dark:bg-slate-950"
          value={durationS}
          onChange={(event) => setDurationS(Number(event.target.value))}
        >
          {durations.map((d) => (
            <option key={d.seconds} value={d.seconds}>
              {d.label}
            </option>
          ))}
        </select>
      </label>
      <Button type="submit" disabled={areas.size === 0 || grant.isPending}>
        Grant support access
      </Button>
      <FormError error={grant.error?.message ?? null} />
    </form>
  );
}

function RunningGrants({ running }: { running: SupportGrant[] }) {
  const end = useMutation({ mutationFn: endSupportGrant, onSuccess: useRefresh() });
  if (running.length === 0) {
    return (
      <p className="text-sm" data-testid="support-none">
        Support cannot read any of your training.
      </p>
    );
  }
  return (
    <div className="grid gap-2">
      <ul className="grid gap-2" aria-label="Support access now">
        {running.map((g) => (
          <li
            key={g.id}
            className="flex flex-wrap items-center justify-between gap-2 rounded-lg border border-slate-200 p-3 text-sm dark:border-slate-700"
          >
            <span>
              Support can read your {describe(g)} until{' '}
              <time dateTime={g.expiresAt}>{until.format(new Date(g.expiresAt))}</time>
            </span>
            <Button variant="danger" onClick={() => end.mutate(g.id)}>
              End support access now
            </Button>
          </li>
        ))}
      </ul>
      <FormError error={end.error?.message ?? null} />
    </div>
  );
}
