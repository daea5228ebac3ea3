'use client';

import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { useAthleteId } from '@/lib/store/current-athlete';
import { useSession } from '@/lib/sync/session';
import { useSyncStatus } from '@/lib/sync/sync-status';
import { readCoachCache, writeCoachCache } from './coach-cache';
import { dropRevokedDocs } from './drop-revoked';
import { acceptInvite, createInvite, listShares, removeShares, type ShareList } from './share-api';
import { coachedAthletes, type CoachedAthlete } from './share-groups';
import { grantsForChoice, type ShareChoice } from './share-scopes';

const sharesKey = (userId: string | null) => ['relay', 'shares', userId] as const;

/**
 * Only a list the relay just gave is acted on: it is stored for the offline desk, and whatever it
 * no longer shares is dropped from this device (never on an optimistic edit that may roll back).
 */
async function fetchShares(userId: string | null, athleteId: string | null): Promise<ShareList> {
  const list = await listShares();
  if (userId && athleteId) {
    writeCoachCache(window.localStorage, userId, coachedAthletes(list.received), new Date());
    await dropRevokedDocs(athleteId, list.received).catch((error: unknown) =>
      console.warn('Removing documents no longer shared failed', error),
    );
  }
  return list;
}

/** The account's shares, given and received; refetched on focus and reconnect. */
export function useShares(options: { refetchIntervalMs?: number } = {}) {
  const userId = useSession()?.userId ?? null;
  const athleteId = useAthleteId();
  return useQuery({
    queryKey: sharesKey(userId),
    queryFn: () => fetchShares(userId, athleteId),
    enabled: userId !== null,
    staleTime: 5_000,
    refetchOnWindowFocus: true,
    refetchOnReconnect: true,
    refetchInterval: options.refetchIntervalMs ?? false,
  });
}

export function useInvite() {
  const client = useQueryClient();
  const userId = useSession()?.userId ?? null;
  const athleteId = useAthleteId();
  return useMutation({
    mutationFn: ({ email, choice }: { email: string; choice: ShareChoice }) => {
      if (!athleteId) throw new Error('This device has no athlete yet.');
      return createInvite(email, grantsForChoice(athleteId, choice));
    },
    onSettled: () => client.invalidateQueries({ queryKey: sharesKey(userId) }),
  });
}

/** Removes shares at once on screen; puts them back if the relay refuses. */
async function withoutShares(client: QueryClient, userId: string | null, ids: string[]) {
  const key = sharesKey(userId);
  await client.cancelQueries({ queryKey: key });
  const before = client.getQueryData<ShareList>(key);
  if (before) {
    client.setQueryData<ShareList>(key, {
      given: before.given.filter((s) => !ids.includes(s.id)),
      received: before.received.filter((s) => !ids.includes(s.id)),
    });
  }
  return { before };
}

/** Revoke (as the athlete), withdraw an invite, or stop coaching (as the coach): optimistic. */
export function useRemoveShares() {
  const client = useQueryClient();
  const userId = useSession()?.userId ?? null;
  return useMutation({
    mutationFn: (ids: string[]) => removeShares(ids),
    onMutate: (ids) => withoutShares(client, userId, ids),
    onError: (_error, _ids, context) => {
      if (context?.before) client.setQueryData(sharesKey(userId), context.before);
    },
    onSettled: () => client.invalidateQueries({ queryKey: sharesKey(userId) }),
  });
}

/** Accepting shows the invite as accepted at once, and rolls back if the relay refuses. */
export function useAcceptInvite() {
  const client = useQueryClient();
  const userId = useSession()?.userId ?? null;
  return useMutation({
    mutationFn: (tokens: string[]) => acceptInvite(tokens),
    onMutate: async () => {
      await client.cancelQueries({ queryKey: sharesKey(userId) });
      return { before: client.getQueryData<ShareList>(sharesKey(userId)) };
    },
    onSuccess: (accepted) => {
      const key = sharesKey(userId);
      const before = client.getQueryData<ShareList>(key) ?? { given: [], received: [] };
      const known = new Set(before.received.map((s) => s.id));
      const added = accepted.filter((s) => !known.has(s.id));
      client.setQueryData<ShareList>(key, { ...before, received: [...before.received, ...added] });
    },
    onError: (_error, _tokens, context) => {
      if (context?.before) client.setQueryData(sharesKey(userId), context.before);
    },
    onSettled: () => client.invalidateQueries({ queryKey: sharesKey(userId) }),
  });
}

export type CoachAccess = {
  athletes: CoachedAthlete[];
  /** When the list was last confirmed by the relay (null: never on this device). */
  syncedAt: string | null;
  /** The list shown is the stored one: the server has not answered (yet). */
  fromCache: boolean;
  /** The server is being asked right now. */
  checking: boolean;
};

const noAccess: CoachAccess = { athletes: [], syncedAt: null, fromCache: true, checking: false };

/**
 * The athletes who shared with me, from the relay or (offline) from the last list it gave. A
 * refused document (the relay closed it with 4403) asks again at once.
 */
export function useCoachAccess(options: { refetchIntervalMs?: number } = {}): CoachAccess {
  const session = useSession();
  const client = useQueryClient();
  const query = useShares(options);
  const status = useSyncStatus();
  const userId = session?.userId ?? null;
  useEffect(() => {
    if (status === 'denied') void client.invalidateQueries({ queryKey: sharesKey(userId) });
  }, [status, client, userId]);
  const received = query.data?.received;
  const updatedAt = query.dataUpdatedAt;
  const checking = query.isFetching;
  return useMemo(() => {
    if (!userId) return noAccess;
    if (received && !query.isError) {
      const syncedAt = new Date(updatedAt).toISOString();
      return { athletes: coachedAthletes(received), syncedAt, fromCache: false, checking };
    }
    if (typeof window === 'undefined') return noAccess;
    const cache = readCoachCache(window.localStorage, userId);
    return cache ? { ...cache, fromCache: true, checking } : { ...noAccess, checking };
  }, [userId, received, updatedAt, query.isError, checking]);
}
