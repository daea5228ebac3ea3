import { afterEach, describe, expect, it } from 'vitest';
import {
  currentSyncStatus,
  setDocSyncState,
  setBrowserOnline,
  setSignedIn,
  setSweeping,
  syncStatusOf,
  whenDocSettled,
  type DocSyncState,
} from './sync-status';

afterEach(() => {
  setBrowserOnline(true);
  setSweeping(false);
  setSignedIn(false);
});

const signedIn = (docs: DocSyncState[], browserOnline = true) =>
  syncStatusOf({ signedIn: true, browserOnline, sweeping: false, docs });

describe('the status mapping', () => {
  it('says syncing only while online with a document connected to the relay', () => {
    expect(signedIn(['syncing', 'backed-up'])).toBe('syncing');
    // One document still connecting beside a connected one: the link is up.
    expect(signedIn(['backed-up', 'offline'])).toBe('syncing');
    expect(signedIn(['backed-up', 'backed-up'])).toBe('backed-up');
  });

  it('says offline once the relay link has dropped for every document', () => {
    expect(signedIn(['offline', 'offline'])).toBe('offline');
  });

  it('says offline when the relay stopped answering one document, though others look connected', () => {
    expect(signedIn(['unreachable', 'backed-up', 'syncing'])).toBe('offline');
  });

  it('says offline when the browser is, even while a socket still claims to be connected', () => {
    expect(signedIn(['syncing', 'backed-up'], false)).toBe('offline');
    expect(signedIn(['backed-up'], false)).toBe('offline');
  });

  it('still says a refused session is paused, offline or not, and "local" without an account', () => {
    expect(signedIn(['offline', 'denied'], false)).toBe('denied');
    expect(
      syncStatusOf({ signedIn: false, browserOnline: false, sweeping: false, docs: ['syncing'] }),
    ).toBe('local');
  });
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

  it('turns offline when the browser goes offline and back when it returns', () => {
    setSignedIn(true);
    setDocSyncState('a/profile', 'syncing');
    expect(currentSyncStatus()).toBe('syncing');
    setBrowserOnline(false);
    expect(currentSyncStatus()).toBe('offline');
    setBrowserOnline(true);
    expect(currentSyncStatus()).toBe('syncing');
  });

  it('settles a document once it is backed up', async () => {
    setSignedIn(true);
    setDocSyncState('a/plan/p', 'syncing');
    const settled = whenDocSettled('a/plan/p');
    setDocSyncState('a/plan/p', 'backed-up');
    await expect(settled).resolves.toBeUndefined();
  });
});
