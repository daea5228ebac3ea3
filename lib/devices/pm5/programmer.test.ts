import { afterEach, describe, expect, it } from 'vitest';
import { decodeGeneralStatus } from '../../../engine/protocols/pm5/general-status';
import { WORKOUT_STATE, WORKOUT_TYPE } from '../../../engine/protocols/pm5/enums';
import { PM5_CHARACTERISTICS, PM5_SERVICES } from '../../../engine/protocols/uuids';
import type { PmWorkout } from '../../../engine/protocols/csafe/pm-workout';
import { decodeCsafeFrame, encodeCsafeFrame } from '../../../engine/protocols/csafe/frame';
import { CSAFE } from '../../../engine/protocols/csafe/commands';
import type { VirtualPm5Options } from '../../../engine/simulator/virtual-pm5';
import { DemoTransport, type VirtualPeripheral } from '../demo/demo-transport';
import type { DeviceTransport } from '../link/device-transport';
import { demoPm5 } from '../demo/demo-pm5';
import { programPm5 } from './programmer';
import { RealClock } from '../clock/real-clock';

const transports: DemoTransport[] = [];
afterEach(async () => {
  for (const t of transports.splice(0)) await t.disconnect();
});

async function connected(peripheral: VirtualPeripheral): Promise<DemoTransport> {
  const transport = new DemoTransport(peripheral, new RealClock(20));
  transports.push(transport);
  await transport.connect();
  return transport;
}

const pm5 = (options: Omit<VirtualPm5Options, 'seed'> = {}) =>
  connected(demoPm5(() => 0, 7, options));

/** The next general status (0x0031) the monitor sends: what it is set to run, and its state. */
async function nextGeneralStatus(transport: DemoTransport) {
  return new Promise<ReturnType<typeof decodeGeneralStatus>>((resolve) => {
    void transport.subscribe(
      { service: PM5_SERVICES.rowing, characteristic: PM5_CHARACTERISTICS.generalStatus },
      (view) => resolve(decodeGeneralStatus(view)),
    );
  });
}

/** A real transport underneath, counting the writes that reach it. */
function countingWrites(inner: DeviceTransport): {
  transport: DeviceTransport;
  writes: () => number;
} {
  let writes = 0;
  const transport = Object.create(inner) as DeviceTransport;
  transport.write = (address, bytes) => {
    writes += 1;
    return inner.write(address, bytes);
  };
  return { transport, writes: () => writes };
}

const tempo: PmWorkout = {
  kind: 'variable-intervals',
  intervals: [
    { work: { kind: 'time', durationS: 1020 }, restS: 0, targetPaceS500m: 140 },
    { work: { kind: 'time', durationS: 480 }, restS: 120, targetPaceS500m: 118.5 },
    { work: { kind: 'time', durationS: 480 }, restS: 360, targetPaceS500m: 118.5 },
    { work: { kind: 'time', durationS: 780 }, restS: 0, targetPaceS500m: 140 },
  ],
};

describe('programPm5 against the demo PM5', () => {
  it('sends 4 × 500 m / 1:00 rest frame by frame, and the monitor confirms it holds it', async () => {
    const transport = await pm5();
    const result = await programPm5(transport, {
      kind: 'distance-intervals',
      distanceM: 500,
      restS: 60,
      count: 4,
    });
    expect(result).toMatchObject({ ok: true, confirmed: true, oddities: [] });
    expect((await nextGeneralStatus(transport)).workoutType).toBe(WORKOUT_TYPE.variableInterval);
  });

  it.each(['grouped', 'whole'] as const)(
    'sends variable intervals with target paces in %s frames',
    async (shape) => {
      const transport = await pm5();
      const result = await programPm5(transport, tempo, { shape });
      expect(result.ok && result.workout).toMatchObject({ shape: 'variable', repeated: false });
      expect(result.ok && result.confirmed).toBe(true);
      expect((await nextGeneralStatus(transport)).workoutType).toBe(WORKOUT_TYPE.variableInterval);
    },
  );

  it('sends nothing for a workout past the limits, and names the limit', async () => {
    const { transport, writes } = countingWrites(await pm5());
    const result = await programPm5(transport, {
      kind: 'time-intervals',
      durationS: 240,
      restS: 600,
      count: 3,
    });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.failure).toMatchObject({
      type: 'Pm5LimitExceeded',
      problems: [{ limit: 'rest-max', message: expect.stringMatching(/9:55/) }],
    });
    expect(writes()).toBe(0);
  });

  it('a refusal is a failure, and the monitor is left on Just Row, never half-programmed', async () => {
    // An older firmware that takes at most 5:00 of rest refuses the third interval's 6:00.
    const transport = await pm5({ limits: { restMaxS: 300 } });
    expect((await programPm5(transport, { kind: 'distance', distanceM: 2000 })).ok).toBe(true);
    const result = await programPm5(transport, tempo);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.failure).toMatchObject({
      type: 'Pm5Refused',
      verdict: 'rejected',
      restored: true,
    });
    const status = await nextGeneralStatus(transport);
    expect(status.workoutType).toBe(WORKOUT_TYPE.justRowNoSplits);
    expect(status.workoutState).toBe(WORKOUT_STATE.waitToBegin);
  });

  it('a monitor out of reach, or one that stops answering, is a failure that says so', async () => {
    const away = await pm5();
    away.dropLink(60);
    expect(await programPm5(away, { kind: 'just-row' }, { timeoutMs: 200 })).toMatchObject({
      ok: false,
      failure: { type: 'Pm5Unreachable', detail: expect.stringMatching(/out of reach/) },
    });
    const silent = await pm5();
    // The link drops after the subscription: every write now fails, restoring too.
    const { transport, writes } = countingWrites(silent);
    const subscribed = transport.subscribe.bind(transport);
    transport.subscribe = async (address, handler) => {
      await subscribed(address, handler);
      silent.dropLink(60);
    };
    const result = await programPm5(
      transport,
      { kind: 'time', durationS: 600 },
      { timeoutMs: 200 },
    );
    expect(!result.ok && result.failure).toMatchObject({
      type: 'Pm5ExchangeFailed',
      frame: 1,
      failure: { type: 'WriteFailed' },
      restored: false,
    });
    expect(writes()).toBe(2);
  });

  it('an emulator that answers the read-back with a bare id: sent, unconfirmed, the oddity kept', async () => {
    const inner = demoPm5(() => 0);
    // Open Rowing Monitor answers a get it does not handle with the id alone, no length byte.
    const emulator: VirtualPeripheral = {
      ...inner,
      advance: (dtS) => inner.advance(dtS),
      read: (c) => inner.read(c),
      write: (characteristic, bytes) =>
        inner.write(characteristic, bytes).map((n) => {
          const content = decodeCsafeFrame(n.bytes).content;
          if (content[1] !== CSAFE.getPmCfg) return n;
          return { ...n, bytes: encodeCsafeFrame(Uint8Array.of(content[0]!, 0x7e, 0x01, 0x89)) };
        }),
    };
    const result = await programPm5(await connected(emulator), { kind: 'time', durationS: 1200 });
    expect(result).toMatchObject({
      ok: true,
      confirmed: false,
      oddities: [{ type: 'CommandWithoutLength', commandId: 0x89, wrapperId: 0x7e }],
    });
  });
});
