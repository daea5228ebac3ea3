import { localDate } from '@/engine/activity/local-date';

/** This device's time zone: the app's one read of the ambient zone (the engine is always given it). */
export function deviceTimeZone(): string {
  return new Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** Today's calendar date on this device, YYYY-MM-DD. */
export function today(): string {
  return localDate(new Date().toISOString(), deviceTimeZone());
}
