/**
 * The stretches a recording's gap events mark: each dropped device link from `gap-start` to
 * `gap-end` (or to the end, if it never came back), and the time the app was closed mid-session.
 */
import type { RecordingEvent } from '../recorder/journal-format';
import { AWAY_GAP_ID } from '../recorder/resume-point';

export type GapStretch = {
  deviceId: string;
  startS: number;
  endS: number;
  /** The link was still down when the session ended. */
  open: boolean;
  /** The app was closed, rather than one device's link dropped. */
  away: boolean;
};

export function gapStretches(events: readonly RecordingEvent[], endS: number): GapStretch[] {
  const stretches: GapStretch[] = [];
  const openFromS = new Map<string, number>();
  const close = (deviceId: string, fromS: number, toS: number, open: boolean) => {
    if (toS > fromS) {
      stretches.push({ deviceId, startS: fromS, endS: toS, open, away: deviceId === AWAY_GAP_ID });
    }
  };
  for (const e of events) {
    if (e.type === 'gap-start' && !openFromS.has(e.deviceId)) openFromS.set(e.deviceId, e.atS);
    if (e.type === 'gap-end') {
      const fromS = openFromS.get(e.deviceId);
      if (fromS !== undefined) close(e.deviceId, fromS, e.atS, false);
      openFromS.delete(e.deviceId);
    }
  }
  for (const [deviceId, fromS] of openFromS) close(deviceId, fromS, endS, true);
  return stretches.sort((a, b) => a.startS - b.startS);
}
