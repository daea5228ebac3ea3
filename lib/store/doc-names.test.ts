import { describe, expect, it } from 'vitest';
import { activityDocName, parseDocName, planDocName, profileDocName } from './doc-names';

const athleteId = '3f1c2b9e-4d5a-4c6b-8e7f-0a1b2c3d4e5f';
const planId = 'a6b7c8d9-0e1f-4a2b-9c3d-4e5f6a7b8c9d';

describe('document names', () => {
  it('round-trips every kind', () => {
    expect(parseDocName(profileDocName(athleteId))).toEqual({
      athleteId,
      kind: 'profile',
      id: null,
    });
    expect(parseDocName(planDocName(athleteId, planId))).toEqual({
      athleteId,
      kind: 'plan',
      id: planId,
    });
    expect(parseDocName(activityDocName(athleteId, planId))?.kind).toBe('activity');
  });

  it('rejects names that are not ours', () => {
    expect(parseDocName('x/profile')).toBeNull();
    expect(parseDocName(`${athleteId}/plan`)).toBeNull();
    expect(parseDocName(`${athleteId}/profile/${planId}`)).toBeNull();
    expect(parseDocName(`${athleteId}/secrets`)).toBeNull();
  });
});
