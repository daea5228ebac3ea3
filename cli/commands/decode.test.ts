import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { main } from '../main.ts';
import type { CliIo } from '../io.ts';

function capture(): CliIo & { stdout: string; stderr: string } {
  const io = {
    stdout: '',
    stderr: '',
    errIsTty: false,
    out: (t: string) => void (io.stdout += t),
    err: (t: string) => void (io.stderr += t),
  };
  return io;
}

async function decodeJson(...args: string[]): Promise<Record<string, unknown>> {
  const io = capture();
  expect(await main(['decode', ...args, '--json'], io)).toBe(0);
  expect(io.stderr).toBe('');
  return JSON.parse(io.stdout) as Record<string, unknown>;
}

// Frames from a real PM5 (ErgometerJS row100meter.ts), a Polar H7 and a PM5 with FTMS
// (TrackMyIndoorWorkout tests); see engine/protocols/test-support/public-vectors.json.
describe('splits decode', () => {
  it('prints the PM5 general status with the field names of the issue', async () => {
    const out = await decodeJson('pm5-general-status', 'c40900e8030003010c00010000006400008060');
    expect(out).toEqual({
      elapsedS: 25,
      distanceM: 100,
      workoutType: 3,
      intervalType: 1,
      workoutState: 12,
      rowingState: 0,
      strokeState: 1,
      totalWorkDistanceM: 0,
      workoutDuration: 100,
      workoutDurationType: 128,
      dragFactor: 96,
    });
  });

  it('accepts a 128-bit UUID in upper case and hex with colons', async () => {
    const out = await decodeJson(
      'CE060032-43E5-11E4-916C-0800200C9A66',
      'c4:09:00:f5:0f:17:ff:01:30:da:30:00:00:00:00:00',
    );
    expect(out).toMatchObject({
      elapsedS: 25,
      speedMps: 4.085,
      strokeRateSpm: 23,
      heartRateBpm: null,
    });
    expect(out).toMatchObject({
      currentPaceS500m: 122.89,
      averagePaceS500m: 125.06,
      restDistanceM: 0,
      restTimeS: 0,
    });
  });

  it('accepts hex with spaces, as separate arguments, and a 16-bit UUID', async () => {
    const out = await decodeJson('2a37', '16', '73 10 02', '0d 02');
    expect(out.heartRateBpm).toBe(115);
    expect(out.sensorContact).toBe(true);
    expect(out.energyExpendedKj).toBeNull();
    expect(out.rrIntervalsMs).toEqual([515.625, 512.6953125]);
  });

  it('decodes stroke data and FTMS rower data by name', async () => {
    const stroke = await decodeJson('pm5-stroke-data', 'c20900e703007f3bb7003304a3065b04a3130a00');
    expect(Object.keys(stroke)).toEqual([
      'elapsedS',
      'distanceM',
      'driveLengthM',
      'driveTimeS',
      'recoveryTimeS',
      'strokeDistanceM',
      'peakDriveForceLbs',
      'averageDriveForceLbs',
      'workPerStrokeJ',
      'strokeCount',
    ]);
    const rower = await decodeJson('ftms-rower-data', '00013e24000900d701ff');
    expect(rower).toMatchObject({
      strokeRateSpm: 31,
      strokeCount: 36,
      totalEnergyKcal: 9,
      energyPerHourKcal: 471,
    });
  });

  it.each([
    ['pm5-general-status', '8003005b010003010101040000006400008061', 'dragFactor', 97],
    ['pm5-additional-status', '8b2f00a40828ff7b588467000000000000', 'strokeRateSpm', 40],
    ['pm5-additional-status-2', 'c4090001b3000600da30b3000600c90900000000', 'totalCaloriesKcal', 6],
    ['pm5-stroke-data', '5300001d000067440000e900b5068c04ffff0100', 'workPerStrokeJ', null],
    ['pm5-additional-stroke-data', 'c20900bf00bd030a00190000000000', 'strokePowerW', 191],
    ['pm5-split-interval', 'c40900e80300fa0000640000000000000101', 'intervalTimeS', 25],
    ['pm5-workout-summary', '6320240bc40900e803001800000000000003e204', 'logDate', '2016-03-06'],
    ['heart-rate-measurement', '0454', 'sensorContact', false],
    ['ftms-rower-data', '00023c96008c', 'heartRateBpm', 140],
    ['ftms-treadmill-data', '09001900f1ff', 'rampAngleDeg', -1.5],
    ['ftms-indoor-bike-data', '5402ca0ca000d3a4002c018f', 'totalDistanceM', 42195],
    ['rsc-measurement', '00 0003 a0', 'running', false],
    ['pm5-heart-rate-belt-info', '01 02 78563412', 'beltId', 0x12345678],
    ['pm5-additional-workout-summary-2', '0333 1212 4808 10 0000 00', 'averagePaceS500m', 212],
    ['pm5-logged-workout', '41A09A0C97A37088 CAE10801 D400 00', 'logSizeBytes', 212],
    ['pm5-multiplexed', '3f 41A09A0C97A37088 CAE10801 D400 00', 'record', 'pm5-logged-workout'],
    ['ftms-control-point', '80 07 05', 'result', 'controlNotPermitted'],
    ['ftms-machine-status', '02 02', 'control', 'pause'],
    ['cycling-power-measurement', '2000 7001 9001 0004', 'cumulativeCrankRevolutions', 400],
    ['2a63', '0000 fa00', 'instantaneousPowerW', 250],
    ['0x003b', '00 00 00000000', 'manufacturerId', 0],
  ])('decodes %s', async (name, hex, field, expected) => {
    expect((await decodeJson(name, hex))[field]).toEqual(expected);
  });

  it('prints a readable listing with units and names without --json', async () => {
    const io = capture();
    expect(
      await main(['decode', 'pm5-additional-status', 'c40900f50f17ff0130da300000000000'], io),
    ).toBe(0);
    expect(io.stdout).toMatch(/speedMps\s+4\.085 m\/s/);
    expect(io.stdout).toMatch(/currentPaceS500m\s+2:02\.89 \/500 m/);
    expect(io.stdout).toMatch(/heartRateBpm\s+not available/);
  });

  it('fails with one clear line and nothing on stdout for bad hex, a short frame or an unknown name', async () => {
    for (const [args, code, pattern] of [
      [['ftms-rower-data', '00zz'], 2, /not hex/],
      [['ftms-rower-data', '00013e24'], 1, /has 4 bytes but its layout needs 10/],
      [['pm5-nonsense', '00'], 2, /unknown characteristic/],
      [['ftms-control-point', '07 00 01'], 1, /not the response code 0x80/],
      [['cycling-power-measurement', '1000 fa00'], 1, /has 4 bytes but its layout needs 10/],
      [['heart-rate-measurement'], 2, /give a characteristic and its bytes/],
    ] as const) {
      const io = capture();
      expect(await main(['decode', ...args], io)).toBe(code);
      expect(io.stdout).toBe('');
      expect(io.stderr.trim().split('\n')).toHaveLength(1);
      expect(io.stderr).toMatch(pattern);
    }
  });

  it('runs as a real process (tsx cli/main.ts, what npm run splits runs)', async () => {
    const root = fileURLToPath(new URL('../..', import.meta.url));
    const { stdout } = await promisify(execFile)(
      'npx',
      ['tsx', 'cli/main.ts', 'decode', 'rsc-measurement', '07 8003 b2 7600 10270000', '--json'],
      { cwd: root },
    );
    expect(JSON.parse(stdout)).toEqual({
      instantaneousSpeedMps: 3.5,
      instantaneousCadenceSpm: 178,
      strideLengthM: 1.18,
      totalDistanceM: 1000,
      running: true,
    });
  });
});
