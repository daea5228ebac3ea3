import { describe, expect, it } from 'vitest';
import { mergedIntoAccountMessage, restoreMessage } from './data-messages';

const counts = {
  documents: 20,
  activities: 12,
  plans: 1,
  journalDays: 30,
  originalFiles: 10,
  writtenFiles: 2,
};

describe('what the athlete is told', () => {
  it('says what a restore brought back, and that nothing here changed', () => {
    const text = restoreMessage({
      counts,
      createdAt: '2026-11-20T09:00:00.000Z',
      newDocuments: 14,
      totalDocuments: 20,
    });
    expect(text).toMatch(
      /^Your archive from .*2026.* is back: 12 activities, 1 plan and 30 journal days, and your settings\./,
    );
    expect(text).toContain('Nothing that was already on this device was changed or removed.');
  });

  it('says plainly when an archive brought nothing new', () => {
    const summary = {
      counts,
      createdAt: '2026-11-20T09:00:00.000Z',
      newDocuments: 0,
      totalDocuments: 20,
    };
    expect(restoreMessage(summary)).toBe(
      'Nothing new: everything in this archive is already on this device.',
    );
  });

  it('counts sessions and plans merged into the account, singular and plural', () => {
    expect(mergedIntoAccountMessage(12, 1)).toBe(
      'Your 12 sessions and 1 plan on this device are now in your account.',
    );
    expect(mergedIntoAccountMessage(1, 0)).toBe(
      'Your 1 session on this device is now in your account.',
    );
    expect(mergedIntoAccountMessage(0, 2)).toBe(
      'Your 2 plans on this device are now in your account.',
    );
    expect(mergedIntoAccountMessage(0, 0)).toBe(
      'Signed in. This device now shows your account’s training.',
    );
  });
});
