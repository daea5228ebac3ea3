import type { SplitsIndex } from './index-db';
import type { ActivityRow, DayRow } from './index-rows';

/** Module-level queries (stable identities) for useIndexQuery. */
export const allDays = (index: SplitsIndex): Promise<DayRow[]> =>
  index.days.orderBy('date').toArray();

export const latestDay = (index: SplitsIndex): Promise<DayRow | null> =>
  index.days
    .orderBy('date')
    .last()
    .then((day) => day ?? null);

export const dayCount = (index: SplitsIndex): Promise<number> => index.days.count();

export const activityList = (index: SplitsIndex): Promise<ActivityRow[]> =>
  index.activities.orderBy('startTime').reverse().toArray();
