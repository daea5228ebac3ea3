import { afterEach, describe, expect, it } from 'vitest';
import {
  currentSyncStatus,
  setDocSyncState,
  setSignedIn,
  setSweeping,
  whenDocSettled,
} from './sync-status';

afterEach(() => {
  setSweeping(false);
  setSignedIn(false);
});

describe('the sync status the app shows', () => {
  it('is "local" without an account, whatever the documents say', () => {
    setDocSyncState('a/profile', 'backed-up');
    expect(currentSyncStatus()).toBe('local');
  });

  it('says backed up only when every open document is, and no stored one is still unchecked', () => {
    setSignedIn(true);
    setDocSyncState('a/profile', 'backed-up');
    setDocSyncState('a/journal', 'syncing');
    expect(currentSyncStatus()).toBe('syncing');
    setDocSyncState('a/journal', 'backed-up');
    expect(currentSyncStatus()).toBe('backed-up');
    setSweeping(true);
    expect(currentSyncStatus()).toBe('syncing');
  });

  it('is offline when no document is connected, and says so when the relay refused', () => {
    setSignedIn(true);
    setDocSyncState('a/profile', 'offline');
    setDocSyncState('a/journal', 'offline');
    expect(currentSyncStatus()).toBe('offline');
    setDocSyncState('a/journal', 'denied');
    expect(currentSyncStatus()).toBe('denied');
  });

  it('settles a document once it is backed up', async () => {
    setSignedIn(true);
    setDocSyncState('a/plan/p', 'syncing');
    const settled = whenDocSettled('a/plan/p');
    setDocSyncState('a/plan/p', 'backed-up');
    await expect(settled).resolves.toBeUndefined();
  });
});
