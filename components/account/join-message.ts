import { mergedIntoAccountMessage } from '@/lib/data/data-messages';
import type { JoinOutcome } from '@/lib/data/join-account';

/** What the athlete is told after signing up or in; null when there is nothing to say. */
export function joinMessage(outcome: JoinOutcome): string | null {
  if (outcome.kind === 'same') return null;
  if (outcome.kind === 'kept-apart') {
    return 'This device now shows this account’s training. The training of the account used here before stays stored on this device.';
  }
  return mergedIntoAccountMessage(outcome.training.sessions, outcome.training.plans);
}
