'use client';

import { IntentLink } from './intent-link';
import { useEffect, type ReactNode } from 'react';
import { useAthleteId } from '@/lib/store/current-athlete';
import { keepIndexCurrent } from '@/lib/store/index-sync';
import { requestPersistentStorage } from '@/lib/store/storage-estimate';
import { useActivitiesDoc, useJournalDoc, useProfileDoc } from '@/lib/store/use-core-docs';
import { currentSession, useSession } from '@/lib/sync/session';
import { startSync } from '@/lib/sync/sync-manager';
import { seededFitnessFor } from '@/lib/worker/fitness-for';
import { NavBar } from './nav-bar';
import { SaveIndicator } from './save-indicator';
import { StorageAlert } from './storage-alert';
import { SyncBadge } from './sync-badge';
import { TabBar } from './tab-bar';

/**
 * The frame around every page. It keeps the athlete's everyday documents open for the life of the
 * tab, keeps the derived index current, and connects to the relay while signed in.
 */
export function AppShell({ children }: { children: ReactNode }) {
  const athleteId = useAthleteId();
  const signedInAs = useSession()?.userId ?? null;
  const profile = useProfileDoc();
  useJournalDoc();
  const activities = useActivitiesDoc();

  useEffect(() => {
    void requestPersistentStorage();
  }, []);

  useEffect(() => {
    if (!athleteId || !activities || !profile) return;
    return keepIndexCurrent(athleteId, activities, seededFitnessFor(profile));
  }, [athleteId, activities, profile]);

  useEffect(() => {
    if (!signedInAs) return;
    const session = currentSession();
    if (!session) return;
    return startSync(session);
  }, [signedInAs]);

  return (
    <>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-slate-900"
      >
        Skip to content
      </a>
      <header className="border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
        <div className="mx-auto flex max-w-4xl flex-wrap items-center justify-between gap-2 px-4 py-2">
          <IntentLink href="/" className="font-semibold text-link">
            Splits
          </IntentLink>
          <div className="flex items-center gap-3">
            <SaveIndicator />
            <SyncBadge />
          </div>
        </div>
        <div className="mx-auto hidden max-w-4xl px-2 pb-2 md:block">
          <NavBar />
        </div>
      </header>
      <StorageAlert />
      <main id="main" className="mx-auto max-w-4xl px-4 pt-8 pb-28 md:pb-8">
        {children}
      </main>
      <TabBar />
    </>
  );
}
