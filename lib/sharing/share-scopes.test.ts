import { describe, expect, it } from 'vitest';
import { areaOfPrefix, grantsForChoice, inviteLink, parseInviteTokens } from './share-scopes';

const A = '0b9f3c56-3f57-4c7e-9d4e-6a1f0d2b7c11';

describe('share scopes', () => {
  it('always shares the profile read-only, the plan with the chosen role, the rest read-only', () => {
    expect(
      grantsForChoice(A, { plan: 'editor', activities: true, journal: true, fitness: true }),
    ).toEqual([
      { prefix: `${A}/profile`, role: 'viewer' },
      { prefix: `${A}/plan/`, role: 'editor' },
      { prefix: `${A}/activities`, role: 'viewer' },
      { prefix: `${A}/activity/`, role: 'viewer' },
      { prefix: `${A}/journal`, role: 'viewer' },
      { prefix: `${A}/comments`, role: 'editor' },
    ]);
  });

  it('shares only the activity list for fitness alone, and nothing of the plan when not chosen', () => {
    expect(
      grantsForChoice(A, { plan: null, activities: false, journal: false, fitness: true }),
    ).toEqual([
      { prefix: `${A}/profile`, role: 'viewer' },
      { prefix: `${A}/activities`, role: 'viewer' },
      { prefix: `${A}/comments`, role: 'editor' },
    ]);
  });

  it('reads each prefix back into its area, and nothing for prefixes the app never makes', () => {
    const grants = grantsForChoice(A, {
      plan: 'viewer',
      activities: true,
      journal: true,
      fitness: false,
    });
    expect(grants.map((g) => areaOfPrefix(g.prefix)?.area)).toEqual([
      'profile',
      'plan',
      'activityList',
      'activityDetails',
      'journal',
      undefined,
    ]);
    expect(areaOfPrefix(A)).toBeNull();
    expect(areaOfPrefix(`${A}/plan/p1`)).toBeNull();
  });

  it('carries every token of an invite in one link and reads them back', () => {
    const tokens = ['a'.repeat(43), 'B_-'.repeat(15)];
    const link = inviteLink('https://app.example.org', tokens);
    expect(link).toBe(`https://app.example.org/accept/?token=${tokens.join('.')}`);
    expect(parseInviteTokens(new URL(link).searchParams.get('token'))).toEqual(tokens);
    expect(parseInviteTokens('short')).toBeNull();
    expect(parseInviteTokens(`${'a'.repeat(43)}.<script>`)).toBeNull();
    expect(parseInviteTokens(null)).toBeNull();
  });
});
