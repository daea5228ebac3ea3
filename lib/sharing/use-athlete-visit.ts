'use client';

import { useEffect, useMemo, useState } from 'react';
import {
  activitiesDocName,
  journalDocName,
  planDocName,
  profileDocName,
} from '@/lib/store/doc-names';
import { deviceTimeZone, today } from '@/lib/store/device-clock';
import { useUnreadFrom } from '@/lib/store/use-comments';
import { useSession } from '@/lib/sync/session';
import { whenDocSettled } from '@/lib/sync/sync-status';
import { deskSummary, type DeskSummary } from './desk-summary';
import type { CoachedAthlete } from './share-groups';
import { useAthleteDocs } from './use-athlete-docs';
import { useAthleteFigures } from './use-athlete-figures';

/** A visit that cannot finish syncing (a relay that does not answer) ends with what is stored. */
const GIVE_UP_MS = 15_000;
/** Offline there is nothing to wait for once the stored copy has been read. */
const GIVE_UP_OFFLINE_MS = 2_000;

export type VisitCallbacks = {
  /** The card's figures, each time they change during the visit. */
  onCard: (athleteId: string, card: DeskSummary) => void;
  /** The documents are in step with the relay and the figures answer them: close them. */
  onDone: (athleteId: string) => void;
  /** The visit ended in step with the relay (not given up): the card is current as of now. */
  onSynced: (athleteId: string) => void;
};

/** The names of the documents a visit opens (the plan once the profile names it). */
function visitedDocs(athlete: CoachedAthlete, planId: string | null): string {
  const { athleteId, areas } = athlete;
  return [
    areas.includes('profile') ? profileDocName(athleteId) : null,
    areas.includes('activityList') ? activitiesDocName(athleteId) : null,
    areas.includes('journal') ? journalDocName(athleteId) : null,
    planId ? planDocName(athleteId, planId) : null,
  ]
    .filter((n): n is string => n !== null)
    .join('\n');
}

/**
 * One visit of the desk to an athlete: opens their shared documents, reports the card's figures,
 * and says when the documents are synced with the relay (or the relay cannot be reached) so the
 * desk can close them and visit the next athlete.
 */
export function useAthleteVisit(
  athlete: CoachedAthlete,
  { onCard, onDone, onSynced }: VisitCallbacks,
) {
  const docs = useAthleteDocs(athlete);
  const { figures, current } = useAthleteFigures(athlete.athleteId, docs);
  const { athleteId, email } = athlete;
  const names = visitedDocs(athlete, docs.planId);
  // Invites from the app always share the profile; a share made otherwise may not.
  const profileLoaded = docs.ready || !athlete.areas.includes('profile');
  const loaded = profileLoaded && (docs.planId === null || docs.planReady);
  const [settledFor, setSettledFor] = useState<string | null>(null);
  useEffect(() => {
    if (!loaded) return;
    let active = true;
    void Promise.all(names.split('\n').map(whenDocSettled)).then(() => {
      if (active) setSettledFor(names);
    });
    return () => {
      active = false;
    };
  }, [names, loaded]);
  useEffect(() => {
    const timer = setTimeout(
      () => onDone(athleteId),
      navigator.onLine ? GIVE_UP_MS : GIVE_UP_OFFLINE_MS,
    );
    return () => clearTimeout(timer);
  }, [athleteId, onDone]);
  // The comments document rides along with the visit: the desk flags what the athlete wrote.
  const newComments = useUnreadFrom(athleteId, useSession()?.athleteId ?? null);
  const { name, units } = docs.profile;
  const card = useMemo(
    () =>
      figures && profileLoaded
        ? deskSummary(
            figures,
            { name: name || email, units },
            today(),
            deviceTimeZone(),
            newComments,
          )
        : null,
    [figures, profileLoaded, name, email, units, newComments],
  );
  useEffect(() => {
    if (card) onCard(athleteId, card);
  }, [card, athleteId, onCard]);
  const done = settledFor === names && loaded && current && card !== null;
  useEffect(() => {
    if (!done) return;
    onSynced(athleteId);
    onDone(athleteId);
  }, [done, athleteId, onDone, onSynced]);
}
