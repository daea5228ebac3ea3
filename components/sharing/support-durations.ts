/** How long support access may last, as the app offers it. */
const DURATIONS = [
  { label: '1 hour', seconds: 3_600 },
  { label: '24 hours', seconds: 86_400 },
  { label: '7 days', seconds: 604_800 },
];

/** A test hook: journeys set this to offer a few seconds, so they can watch a grant expire. */
export const TEST_DURATION_KEY = 'splits.test.supportDurationS';

export function supportDurations(): Array<{ label: string; seconds: number }> {
  if (typeof window === 'undefined') return DURATIONS;
  const test = Number(window.localStorage.getItem(TEST_DURATION_KEY));
  return Number.isInteger(test) && test >= 5
    ? [{ label: `${test} seconds`, seconds: test }, ...DURATIONS]
    : DURATIONS;
}
