import type { InsightActivity } from '@/engine/insights/insight-inputs';
import type { DoneActivity } from '@/engine/plan/match-activities';
import type { JournalEntry } from '@/engine/readiness/journal';
import type { ActivityEntry } from '@/lib/store/activities-doc';
import type { StoredFuelEntry } from '@/lib/store/journal-doc';
import type { JournalDay } from '@/lib/store/journal-schema';
import { localDate } from '@/engine/activity/local-date';
import { trainingSport } from '@/engine/activity/sport';

/** The engine's journal entries from the journal document's days, with fuel summed per day. */
export function journalEntries(
  days: [string, JournalDay][],
  fuel: StoredFuelEntry[],
): JournalEntry[] {
  const carbsByDate = new Map<string, number>();
  for (const entry of fuel) {
    if (entry.carbsG !== null)
      carbsByDate.set(entry.date, (carbsByDate.get(entry.date) ?? 0) + entry.carbsG);
  }
  const dates = new Set([...days.map(([date]) => date), ...carbsByDate.keys()]);
  const byDate = new Map(days);
  return [...dates].sort().map((date) => {
    const day = byDate.get(date);
    return {
      date,
      rmssdMs: day?.rmssdMs ?? null,
      restingHrBpm: day?.restingHrBpm ?? null,
      sleepHours: day?.sleepHours ?? null,
      sleepQuality: day?.sleepQuality ?? null,
      soreness: day?.soreness ?? null,
      mood: day?.mood ?? null,
      stress: day?.stress ?? null,
      carbsG: carbsByDate.get(date) ?? null,
      note: day?.note ? day.note.slice(0, 2000) : null,
    };
  });
}

/** Finished activities as plan adaptation and compliance need them. */
export function doneActivities(activities: ActivityEntry[], timeZone: string): DoneActivity[] {
  return activities.map((a) => ({
    date: localDate(a.startTime, timeZone),
    sport: trainingSport(a.sport),
    durationMin: a.movingS / 60,
    load: a.load.value,
  }));
}

/** Finished activities as the insights need them (local date and hour of the start). */
export function insightActivities(
  activities: ActivityEntry[],
  timeZone: string,
): InsightActivity[] {
  const hourFormat = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    hourCycle: 'h23',
  });
  return activities.map((a) => ({
    date: localDate(a.startTime, timeZone),
    startHour: Number(hourFormat.format(new Date(a.startTime))) % 24,
    sport: trainingSport(a.sport),
    efficiencyFactor: a.efficiencyFactor,
    decouplingPct: a.decouplingPct,
    load: a.load.value,
  }));
}
