import type { DeviceTotals } from '../activity/types.ts';

/**
 * Where the engine's figures from the samples and the device's own totals disagree by more than
 * rounding and convention explain, the app shows "device says …" beside its own figure. The
 * tolerances (docs/FILES.md, "Device totals"):
 * - distance: 1 % or 20 m, whichever is larger (devices smooth GPS differently; a pool is exact);
 * - time: the device's timer time against recorded time (pauses out), 2 % or 30 s;
 * - heart rate: 3 bpm on the average (devices average per record, we per second).
 */
export type DeviceField = 'distanceM' | 'timerS' | 'avgHr';

export type DeviceDifference = {
  field: DeviceField;
  computed: number;
  device: number;
  message: string;
};

type Computed = { distanceM: number; recordedS: number; avgHr: number | null };

const clock = (s: number) => {
  const total = Math.round(s);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const sec = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${sec}` : `${m}:${sec}`;
};

const CHECKS: ReadonlyArray<{
  field: DeviceField;
  computed: (c: Computed) => number | null;
  tolerance: (device: number) => number;
  text: (v: number) => string;
}> = [
  {
    field: 'distanceM',
    computed: (c) => c.distanceM,
    tolerance: (d) => Math.max(0.01 * d, 20),
    text: (v) => `${(v / 1000).toFixed(2)} km`,
  },
  {
    field: 'timerS',
    computed: (c) => c.recordedS,
    tolerance: (d) => Math.max(0.02 * d, 30),
    text: clock,
  },
  {
    field: 'avgHr',
    computed: (c) => c.avgHr,
    tolerance: () => 3,
    text: (v) => `${Math.round(v)} bpm`,
  },
];

export function compareWithDevice(
  computed: Computed,
  device: DeviceTotals | null | undefined,
): DeviceDifference[] {
  if (!device) return [];
  return CHECKS.flatMap((check) => {
    const ours = check.computed(computed);
    const theirs = device[check.field];
    if (ours === null || theirs === null || Math.abs(ours - theirs) <= check.tolerance(theirs))
      return [];
    return [
      {
        field: check.field,
        computed: ours,
        device: theirs,
        message: `Device says ${check.text(theirs)}; the samples give ${check.text(ours)}.`,
      },
    ];
  });
}
