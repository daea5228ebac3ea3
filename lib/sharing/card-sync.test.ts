import { describe, expect, it } from 'vitest';
import { cardSync, cardSyncText } from './card-sync';
import { syncAge } from './sync-age';

const NOW = Date.parse('2026-12-03T20:00:00.000Z');
const minutesAgo = (m: number) => new Date(NOW - m * 60_000).toISOString();

describe("a desk card's sync state", () => {
  it('says Syncing only while its athlete is being visited online', () => {
    const visited = cardSync({ visiting: true, online: true, syncedAt: minutesAgo(3) });
    expect(cardSyncText(visited, NOW)).toBe('Syncing');
    const waiting = cardSync({ visiting: false, online: true, syncedAt: minutesAgo(3) });
    expect(cardSyncText(waiting, NOW)).toBe('Updated 3 min ago');
  });

  it('says how old a cached card is, and that the device is offline when it is', () => {
    const offline = cardSync({ visiting: true, online: false, syncedAt: minutesAgo(125) });
    expect(cardSyncText(offline, NOW)).toBe('Offline · Updated 2 h ago');
  });

  it('never claims a card synced that no visit finished', () => {
    expect(cardSyncText(cardSync({ visiting: false, online: true, syncedAt: null }), NOW)).toBe(
      'Not synced yet',
    );
    expect(cardSyncText(cardSync({ visiting: true, online: false, syncedAt: null }), NOW)).toBe(
      'Offline · Not synced yet',
    );
  });

  it('words ages from just now to days', () => {
    expect(syncAge(minutesAgo(0.5), NOW)).toBe('just now');
    expect(syncAge(minutesAgo(59), NOW)).toBe('59 min ago');
    expect(syncAge(minutesAgo(47 * 60), NOW)).toBe('47 h ago');
    expect(syncAge(minutesAgo(72 * 60), NOW)).toBe('3 days ago');
  });
});
