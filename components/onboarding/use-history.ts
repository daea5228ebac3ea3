'use client';

import { useMemo } from 'react';
import { localDate } from '@/engine/activity/local-date';
import { trainingSport } from '@/engine/activity/sport';
import { deviceTimeZone, today } from '@/lib/store/device-clock';
import { useActivities } from '@/lib/store/use-activities';
import {
  thresholdPaceFromHistory,
  twoKFromHistory,
  weeklyMinutesFromHistory,
  type DoneSession,
} from './history-estimates';

/** What the athlete's history here says, for the setup's "from your history" offers. */
export function useHistoryEstimates(sport: 'run' | 'row') {
  const { activities } = useActivities();
  return useMemo(() => {
    const zone = deviceTimeZone();
    const sessions: DoneSession[] = activities.map((a) => ({
      date: localDate(a.startTime, zone),
      sport: trainingSport(a.sport),
      distanceM: a.distanceM,
      movingS: a.movingS,
    }));
    return {
      weeklyMin: weeklyMinutesFromHistory(sessions, sport, today()),
      thresholdPace: thresholdPaceFromHistory(sessions),
      twoK: twoKFromHistory(sessions),
    };
  }, [activities, sport]);
}

/** The sport the plan will be for: the goal's, else the only one chosen, else running. */
export function planSport(answers: {
  goal: { sport: 'run' | 'row' } | null;
  sports: 'run' | 'row' | 'both' | null;
}): 'run' | 'row' {
  return answers.goal?.sport ?? (answers.sports === 'row' ? 'row' : 'run');
}
