// Runs a virtual device for a while at a fixed input, collecting its notifications.
import type { Notification } from '../notification.ts';

export function collect<S, I>(
  state: S,
  seconds: number,
  input: I,
  tick: (s: S, dtS: number, input: I) => { state: S; notifications: Notification[] },
  tickS = 0.1,
): { state: S; notifications: Notification[] } {
  let s = state;
  const notifications: Notification[] = [];
  for (let i = 0; i < Math.round(seconds / tickS); i++) {
    const r = tick(s, tickS, input);
    s = r.state;
    notifications.push(...r.notifications);
  }
  return { state: s, notifications };
}
