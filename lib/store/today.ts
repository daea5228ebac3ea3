import { localDate } from '@/engine/activity/local-date';

/** Today's calendar date on this device, YYYY-MM-DD. */
export function today(): string {
  return localDate(new Date().toISOString());
}
