import { afterEach, describe, expect, it } from 'vitest';
import { decodeGeneralStatus } from '../../engine/protocols/pm5/general-status';
import { WORKOUT_TYPE } from '../../engine/protocols/pm5/enums';
import { PM5_CHARACTERISTICS, PM5_SERVICES } from '../../engine/protocols/uuids';
import { DemoTransport } from './demo/demo-transport';
import { demoPm5 } from './demo/demo-pm5';
import { programPm5 } from './pm5-programmer';
import { RealClock } from './clock/real-clock';

const transports: DemoTransport[] = [];
afterEach(async () => {
  for (const t of transports.splice(0)) await t.disconnect();
});

async function connectedPm5(): Promise<DemoTransport> {
  const transport = new DemoTransport(
    demoPm5(() => 0.5),
    new RealClock(20),
  );
  transports.push(transport);
  await transport.connect();
  return transport;
}

describe('programPm5 against the demo PM5', () => {
  it('sends 4 × 500 m / 1:00 rest frame by frame and the monitor runs it', async () => {
    const transport = await connectedPm5();
    const responses = await programPm5(transport, {
      kind: 'distance-intervals',
      distanceM: 500,
      restS: 60,
      count: 4,
    });
    expect(responses.length).toBeGreaterThan(1);
    const workoutTypes: number[] = [];
    await transport.subscribe(
      { service: PM5_SERVICES.rowing, characteristic: PM5_CHARACTERISTICS.generalStatus },
      (view) => workoutTypes.push(decodeGeneralStatus(view).workoutType),
    );
    for (let i = 0; i < 200 && workoutTypes.length === 0; i++) {
      await new Promise((r) => setTimeout(r, 5));
    }
    expect(workoutTypes.at(-1)).toBe(WORKOUT_TYPE.variableInterval);
  });

  it('refuses to program a monitor that is out of reach', async () => {
    const transport = await connectedPm5();
    transport.dropLink(60);
    await expect(programPm5(transport, { kind: 'just-row' }, 200)).rejects.toThrow(/out of reach/);
  });
});
