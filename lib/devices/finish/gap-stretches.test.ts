import { describe, expect, it } from 'vitest';
import { gapStretches } from './gap-stretches';

describe('gapStretches', () => {
  it('pairs each link’s drop with its return, runs one still down to the end, and tells the app being closed apart', () => {
    expect(
      gapStretches(
        [
          { type: 'gap-start', atS: 40, deviceId: 'pm5', label: 'Rowing monitor' },
          { type: 'gap-start', atS: 12, deviceId: 'strap', label: 'Heart-rate strap' },
          // A second drop report of a link already down changes nothing.
          { type: 'gap-start', atS: 14, deviceId: 'strap', label: 'Heart-rate strap' },
          { type: 'gap-end', atS: 20, deviceId: 'strap' },
          { type: 'gap-start', atS: 25, deviceId: 'splits-app', label: 'Splits was closed' },
          { type: 'gap-end', atS: 31, deviceId: 'splits-app' },
          // An end with no start (a journal cut short) is ignored.
          { type: 'gap-end', atS: 33, deviceId: 'footpod' },
        ],
        50,
      ),
    ).toEqual([
      { deviceId: 'strap', startS: 12, endS: 20, open: false, away: false },
      { deviceId: 'splits-app', startS: 25, endS: 31, open: false, away: true },
      { deviceId: 'pm5', startS: 40, endS: 50, open: true, away: false },
    ]);
  });
});
