import { formatStartTime } from '@/lib/format/dates';
import type { RestoreSummary } from './restore-archive';

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "12 activities, 1 plan and 30 journal days", leaving out what there is none of. */
function listOf(parts: string[]): string {
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/** What a restore brought back, in a sentence or two. */
export function restoreMessage(summary: RestoreSummary): string {
  if (summary.newDocuments === 0) {
    return 'Nothing new: everything in this archive is already on this device.';
  }
  const { activities, plans, journalDays } = summary.counts;
  const parts = [
    activities > 0 ? count(activities, 'activity', 'activities') : '',
    plans > 0 ? count(plans, 'plan', 'plans') : '',
    journalDays > 0 ? count(journalDays, 'journal day', 'journal days') : '',
  ].filter(Boolean);
  const what = parts.length > 0 ? `${listOf(parts)}, and your settings` : 'your settings';
  const made = formatStartTime(summary.createdAt);
  return `Your archive from ${made} is back: ${what}. Nothing that was already on this device was changed or removed.`;
}

/** What signing in did with this device's training. */
export function mergedIntoAccountMessage(sessions: number, plans: number): string {
  if (sessions === 0 && plans === 0) {
    return 'Signed in. This device now shows your account’s training.';
  }
  const what = listOf(
    [
      sessions > 0 ? count(sessions, 'session', 'sessions') : '',
      plans > 0 ? count(plans, 'plan', 'plans') : '',
    ].filter(Boolean),
  );
  const verb = sessions + plans === 1 ? 'is' : 'are';
  return `Your ${what} on this device ${verb} now in your account.`;
}
