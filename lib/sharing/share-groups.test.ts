import { describe, expect, it } from 'vitest';
import type { ShareView } from './share-api';
import { accessByPerson, coachedAthletes, docsToDrop } from './share-groups';

const ME = '11111111-1111-4111-8111-111111111111';
const A = '0b9f3c56-3f57-4c7e-9d4e-6a1f0d2b7c11';
const B = '2c4e6a80-1b3d-4f5a-8c7e-9d0f1a2b3c4d';
const PLAN = '3d5f7b91-2c4e-4a6b-9d8f-0e1a2b3c4d5e';

let counter = 0;
function share(prefix: string, over: Partial<ShareView> = {}): ShareView {
  counter += 1;
  return {
    id: `share-${counter}`,
    ownerId: 'owner',
    ownerEmail: 'runner@example.org',
    prefix,
    role: 'viewer',
    email: 'coach@example.org',
    status: 'accepted',
    granteeId: 'coach',
    createdAt: '2026-12-01T08:00:00.000Z',
    acceptedAt: '2026-12-01T09:00:00.000Z',
    expiresAt: '2026-12-08T08:00:00.000Z',
    ...over,
  };
}

describe('who has access', () => {
  it('groups an invite’s shares by person, with pending and expired invites told apart', () => {
    const now = Date.parse('2026-12-05T00:00:00.000Z');
    const people = accessByPerson(
      [
        share(`${A}/journal`),
        share(`${A}/plan/`, { role: 'editor' }),
        share(`${A}/profile`, { email: 'new@example.org', status: 'pending', granteeId: null }),
        share(`${A}/profile`, {
          email: 'old@example.org',
          status: 'pending',
          expiresAt: '2026-12-04T00:00:00.000Z',
        }),
      ],
      now,
    );
    expect(people.map((p) => [p.email, p.pending, p.expired])).toEqual([
      ['coach@example.org', false, false],
      ['new@example.org', true, false],
      ['old@example.org', true, true],
    ]);
    expect(people[0]?.areas).toEqual([
      { area: 'plan', role: 'editor' },
      { area: 'journal', role: 'viewer' },
    ]);
    expect(people[0]?.shareIds).toHaveLength(2);
  });
});

describe('coached athletes', () => {
  it('lists each athlete once with the plan role, ignoring pending and foreign prefixes', () => {
    const athletes = coachedAthletes([
      share(`${A}/profile`),
      share(`${A}/plan/`, { role: 'editor' }),
      share(`${B}/profile`, { ownerEmail: 'rower@example.org' }),
      share(`${B}/journal`, { status: 'pending' }),
      share(B),
    ]);
    expect(athletes.map((a) => [a.email, a.planRole, a.areas])).toEqual([
      ['rower@example.org', null, ['profile']],
      ['runner@example.org', 'editor', ['profile', 'plan']],
    ]);
  });
});

describe('documents to drop after a revoke', () => {
  const stored = [
    `${ME}/profile`,
    `${ME}/plan/${PLAN}`,
    `${A}/profile`,
    `${A}/plan/${PLAN}`,
    `${A}/journal`,
    `${B}/profile`,
    'splits-index',
  ];

  it('drops every document of an athlete who no longer shares, never my own', () => {
    expect(docsToDrop(stored, ME, [A, B], [share(`${B}/profile`)])).toEqual([
      `${A}/profile`,
      `${A}/plan/${PLAN}`,
      `${A}/journal`,
    ]);
  });

  it('drops only what a narrowed share no longer covers', () => {
    const received = [share(`${A}/profile`), share(`${A}/plan/`), share(`${B}/profile`)];
    expect(docsToDrop(stored, ME, [A, B], received)).toEqual([`${A}/journal`]);
  });

  it('leaves documents of athletes this device never coached (another account kept apart)', () => {
    expect(docsToDrop(stored, ME, [], [])).toEqual([]);
  });
});
