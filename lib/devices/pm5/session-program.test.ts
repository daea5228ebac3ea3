import { afterEach, describe, expect, it } from 'vitest';
import type { SimpleStep, StepTarget, WorkoutStep } from '../../../engine/workout/types';
import { decodeGeneralStatus } from '../../../engine/protocols/pm5/general-status';
import { WORKOUT_TYPE } from '../../../engine/protocols/pm5/enums';
import { PM5_CHARACTERISTICS, PM5_SERVICES } from '../../../engine/protocols/uuids';
import type { VirtualPm5Options } from '../../../engine/simulator/virtual-pm5';
import { DemoTransport } from '../demo/demo-transport';
import { demoPm5 } from '../demo/demo-pm5';
import { RealClock } from '../clock/real-clock';
import { programPm5 } from './programmer';
import { programPlannedWorkout } from './session-program';
import { pm5OutcomeText } from './messages';

const transports: DemoTransport[] = [];
afterEach(async () => {
  for (const t of transports.splice(0)) await t.disconnect();
});

async function pm5(options: Omit<VirtualPm5Options, 'seed'> = {}) {
  const transport = new DemoTransport(
    demoPm5(() => 0, 7, options),
    new RealClock(20),
  );
  transports.push(transport);
  await transport.connect();
  return transport;
}

function workoutTypeNow(transport: DemoTransport): Promise<number> {
  return new Promise((resolve) => {
    void transport.subscribe(
      { service: PM5_SERVICES.rowing, characteristic: PM5_CHARACTERISTICS.generalStatus },
      (view) => resolve(decodeGeneralStatus(view).workoutType),
    );
  });
}

const split = (s: number): StepTarget => ({
  kind: 'split',
  fastestS500m: s - 1,
  slowestS500m: s + 1,
});
const step = (
  kind: SimpleStep['kind'],
  durationS: number,
  targets: StepTarget[] = [],
): SimpleStep => ({
  kind,
  length: { kind: 'time', durationS },
  targets,
  note: null,
});
const tempo = (restS: number): WorkoutStep[] => [
  step('warmUp', 1020, [split(140)]),
  { kind: 'repeat', count: 2, steps: [step('work', 480, [split(118.5)]), step('rest', restS)] },
  step('coolDown', 780, [split(140)]),
];

describe("programPlannedWorkout: today's row on the monitor", () => {
  it('sends the session as it is and tells the athlete what the monitor holds', async () => {
    const transport = await pm5();
    const outcome = await programPlannedWorkout(transport, { sport: 'row', steps: tempo(120) });
    expect(outcome).toEqual({
      status: 'programmed',
      summary:
        '4 intervals: 17:00 at 2:20.0 /500 m · 8:00 at 1:58.5 /500 m, 2:00 rest · 8:00 at 1:58.5 /500 m, 2:00 rest · 13:00 at 2:20.0 /500 m',
      confirmed: true,
    });
    expect(pm5OutcomeText(outcome)).toMatch(/^The workout is on your rowing monitor: 4 intervals/);
    expect(await workoutTypeNow(transport)).toBe(WORKOUT_TYPE.variableInterval);
  });

  it('a session past a limit goes as Just Row, and the athlete reads which limit', async () => {
    const transport = await pm5();
    expect((await programPm5(transport, { kind: 'distance', distanceM: 2000 })).ok).toBe(true);
    const outcome = await programPlannedWorkout(transport, { sport: 'row', steps: tempo(720) });
    expect(outcome).toEqual({
      status: 'substituted',
      reason:
        "The rest of 12:00 after interval 2 is longer than the monitor's 9:55. One more value is past its limits too.",
    });
    expect(pm5OutcomeText(outcome)).toMatch(
      /on Just Row instead of this session\. The rest of 12:00/,
    );
    expect(await workoutTypeNow(transport)).toBe(WORKOUT_TYPE.justRowNoSplits);
  });

  it('a refusal reads as one, with the monitor back on Just Row', async () => {
    const transport = await pm5({ limits: { restMaxS: 60 } });
    const outcome = await programPlannedWorkout(transport, { sport: 'row', steps: tempo(120) });
    expect(outcome).toEqual({
      status: 'refused',
      reason: expect.stringMatching(/^it refused part \d+ of \d+ of the workout\.$/),
      restored: true,
    });
    expect(pm5OutcomeText(outcome)).toMatch(/did not take the workout.*back on Just Row/);
    expect(await workoutTypeNow(transport)).toBe(WORKOUT_TYPE.justRowNoSplits);
  });
});
