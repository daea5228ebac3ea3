import { syncAge } from './sync-age';

/**
 * One desk card's sync state. The desk holds only a few athletes' documents open at a time
 * (desk-pool.ts): a card is syncing only while its athlete is being visited online; otherwise it
 * shows the figures of the last visit that finished in step with the relay, and says how old.
 */
export type CardSync =
  | { kind: 'syncing' }
  | { kind: 'updated'; syncedAt: string; offline: boolean }
  | { kind: 'never'; offline: boolean };

export function cardSync(input: {
  visiting: boolean;
  online: boolean;
  /** When a visit last ended with every document in step with the relay; null: never. */
  syncedAt: string | null;
}): CardSync {
  const { visiting, online, syncedAt } = input;
  if (visiting && online) return { kind: 'syncing' };
  const offline = !online;
  return syncedAt === null ? { kind: 'never', offline } : { kind: 'updated', syncedAt, offline };
}

export function cardSyncText(state: CardSync, nowMs: number): string {
  if (state.kind === 'syncing') return 'Syncing';
  const offline = state.offline ? 'Offline · ' : '';
  if (state.kind === 'never') return `${offline}Not synced yet`;
  return `${offline}Updated ${syncAge(state.syncedAt, nowMs)}`;
}
