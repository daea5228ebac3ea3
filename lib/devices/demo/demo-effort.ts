/**
 * The demo athlete: how hard they work over a session, shared by every demo device so the strap's
 * heart rate and the rower's or treadmill's pace tell one story. A gentle wave around a steady
 * effort (with a short push every five minutes) so the live numbers move like a real session.
 */
export type DemoEffort = (sessionS: number) => number;

/** Effort level 0–1 at a session time. */
export const steadyWithSurges: DemoEffort = (sessionS) => {
  const wave = 0.05 * Math.sin((2 * Math.PI * sessionS) / 90);
  const surge = sessionS % 300 >= 240 && sessionS % 300 < 270 ? 0.2 : 0;
  return Math.min(1, 0.45 + wave + surge);
};
