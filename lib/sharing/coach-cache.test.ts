import { describe, expect, it } from 'vitest';
import { readDeskCards, writeCoachCache, writeDeskCard } from './coach-cache';
import type { DeskSummary } from './desk-summary';
import type { CoachedAthlete } from './share-groups';

/** The Web Storage interface over a Map, as localStorage behaves in one tab. */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, String(value)),
  };
}

const athlete = (athleteId: string): CoachedAthlete => ({
  athleteId,
  email: `${athleteId}@example.com`,
  shareIds: [`share-${athleteId}`],
  planRole: 'editor',
  areas: ['profile', 'plan'],
});

const card = (name: string): DeskSummary => ({
  name,
  units: 'metric',
  week: { doneMin: 40, plannedMin: 180 },
  formTsb: -4,
  acwr: 1.1,
  readinessScore: 72,
  newComments: 1,
  readinessReason: 'Slept well',
  lastActivity: { startTime: '2026-12-01T07:00:00Z', distanceM: 8000, sport: 'running' },
  flags: ['missedKeySession'],
  attention: 210,
});

describe("the desk's cards kept on this device", () => {
  it('keeps each athlete’s last figures for the coach who saw them', () => {
    const storage = memoryStorage();
    writeCoachCache(storage, 'coach', [athlete('a'), athlete('b')], new Date());
    writeDeskCard(storage, 'coach', 'a', card('Ada'));
    writeDeskCard(storage, 'coach', 'b', card('Ben'));
    expect(readDeskCards(storage, 'coach')).toEqual({ a: card('Ada'), b: card('Ben') });
    expect(readDeskCards(storage, 'someone-else')).toEqual({});
  });

  it('drops the card of an athlete who stopped sharing, and takes none for them afterwards', () => {
    const storage = memoryStorage();
    writeCoachCache(storage, 'coach', [athlete('a'), athlete('b')], new Date());
    writeDeskCard(storage, 'coach', 'a', card('Ada'));
    writeDeskCard(storage, 'coach', 'b', card('Ben'));
    writeCoachCache(storage, 'coach', [athlete('b')], new Date());
    expect(readDeskCards(storage, 'coach')).toEqual({ b: card('Ben') });
    // A visit that ends after the share did writes nothing.
    writeDeskCard(storage, 'coach', 'a', card('Ada'));
    expect(Object.keys(readDeskCards(storage, 'coach'))).toEqual(['b']);
  });

  it('reads nothing from a card it cannot vouch for', () => {
    const storage = memoryStorage();
    storage.setItem('splits.coach.coach.cards', JSON.stringify({ a: { name: 'Ada' } }));
    expect(readDeskCards(storage, 'coach')).toEqual({});
  });
});
