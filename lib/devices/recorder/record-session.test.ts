import 'fake-indexeddb/auto';
import { afterAll, describe, expect, it } from 'vitest';
import { readActivities, type ActivityEntry } from '../../store/activities-doc';
import { acquireDoc, releaseDoc } from '../../store/doc-registry';
import { activitiesDocName } from '../../store/doc-names';
import { ManualClock } from '../clock/manual-clock';
import { MOVING_SPEED_MPS } from '../../../engine/activity/pauses';
import type { DemoRigName } from '../demo/demo-devices';
import type { RecordingSport } from './journal-format';
import { JournalStore } from './journal-store';
import { RecordSession } from './record-session';

// Issue 10's session, replayed through the real manager, recorder, summary and store on a manual
// clock: ~3.5 min with a lap, a 10 s pause, and a dropped link on the machine and on the strap.
// What is saved must agree with what the athlete watched.
const athleteId = '1e2d3c4b-5a69-4788-9a0b-1c2d3e4f5a6b';
const store = new JournalStore('record-session-scenario');
afterAll(() => store.close());

async function readSaved(id: string): Promise<ActivityEntry> {
  const name = activitiesDocName(athleteId);
  const open = acquireDoc(name);
  try {
    const entry = readActivities(await open.ready).find((a) => a.id === id);
    if (!entry) throw new Error('The recording is not in the activities.');
    return entry;
  } finally {
    releaseDoc(name);
  }
}

async function recordScenario(rig: DemoRigName, sport: RecordingSport, paceOverM: number) {
  const clock = new ManualClock();
  const session = new RecordSession({ clock, store });
  const devices = session.demoRig(rig);
  for (const { transport, kind } of devices) await session.addDevice(transport, kind);
  const drop = session.demoLinkDropper()!;
  const recorder = await session.start(sport);
  // The pace the screen showed each second once under way, and the seconds it showed standing
  // still (moving time leaves those out, for recordings as for imports).
  const shownPaceS: number[] = [];
  let standingS = 0;
  for (let s = 1; s <= 210; s++) {
    await clock.advanceS(1);
    const { speedMps } = recorder.snapshot();
    if (speedMps < MOVING_SPEED_MPS) standingS++;
    else if (s > 10 && speedMps > 0) shownPaceS.push(paceOverM / speedMps);
    if (s === 45) drop(devices[0]!.transport.id);
    if (s === 90) recorder.lap();
    if (s === 120) recorder.pause();
    if (s === 130) recorder.resume();
    if (s === 160) drop(devices[1]!.transport.id);
  }
  const outcome = await session.finish(athleteId, {});
  await session.dispose();
  if (!outcome.ok) throw new Error(outcome.error.message);
  const live = recorder.snapshot();
  return {
    live,
    movingS: live.activeS - standingS,
    shownPaceS,
    saved: await readSaved(recorder.id),
    outcome,
  };
}

const paceOf = (movingS: number, distanceM: number, overM: number) => (movingS * overM) / distanceM;

describe('a recording with a lap, a pause and dropped links, saved', () => {
  it('rowing: the saved pace, splits and laps agree with the live split', async () => {
    const { live, movingS, shownPaceS, saved, outcome } = await recordScenario(
      'rowing',
      'rowing',
      500,
    );
    const slowestS = Math.max(...shownPaceS);
    const fastestS = Math.min(...shownPaceS);
    expect(outcome).toMatchObject({ ok: true, saved: { gapCount: 2 } });
    // The saved distance and moving time are the live ones (the pause left out, the gaps kept in).
    expect(saved.distanceM).toBeCloseTo(live.distanceM, 0);
    expect(live.activeS).toBe(200);
    expect(Math.abs(saved.movingS - movingS)).toBeLessThanOrEqual(1);
    const savedPaceS = paceOf(saved.movingS, saved.distanceM, 500);
    expect(Math.abs(savedPaceS - paceOf(movingS, live.distanceM, 500))).toBeLessThan(1);
    expect(savedPaceS).toBeGreaterThan(fastestS - 1);
    expect(savedPaceS).toBeLessThan(slowestS + 1);
    // Every whole 500 m split was rowed at a split the screen showed; together they are the session.
    const whole = saved.splits.m500.filter((s) => s.distanceM === 500);
    expect(whole.length).toBeGreaterThanOrEqual(1);
    for (const split of whole) {
      expect(split.movingS).toBeGreaterThan(fastestS - 1);
      expect(split.movingS).toBeLessThan(slowestS + 1);
    }
    const splitsS = saved.splits.m500.reduce((total, s) => total + s.movingS, 0);
    expect(Math.abs(splitsS - saved.movingS)).toBeLessThanOrEqual(1);
    // The lap pressed at 90 s is in the saved laps, and the two laps make the session.
    expect(saved.laps).toHaveLength(2);
    expect(saved.laps[0]!.elapsedS).toBeCloseTo(90, 0);
    const lapsM = saved.laps.reduce((total, l) => total + l.distanceM, 0);
    expect(lapsM).toBeCloseTo(saved.distanceM, 0);
    const lapsS = saved.laps.reduce((total, l) => total + l.movingS, 0);
    expect(Math.abs(lapsS - saved.movingS)).toBeLessThanOrEqual(1);
  });

  it('running on the treadmill: the saved pace and km splits agree with the live pace', async () => {
    const { live, movingS, shownPaceS, saved } = await recordScenario('running', 'running', 1000);
    const savedPaceS = paceOf(saved.movingS, saved.distanceM, 1000);
    expect(saved.distanceM).toBeCloseTo(live.distanceM, 0);
    expect(Math.abs(saved.movingS - movingS)).toBeLessThanOrEqual(1);
    expect(Math.abs(savedPaceS - paceOf(movingS, live.distanceM, 1000))).toBeLessThan(2);
    expect(savedPaceS).toBeGreaterThan(Math.min(...shownPaceS) - 2);
    expect(savedPaceS).toBeLessThan(Math.max(...shownPaceS) + 2);
    // The km splits are timed on moving time, as the summary's pace is (standing seconds while the
    // belt starts are in neither): together they are the saved moving time.
    const splitsS = saved.splits.km.reduce((total, s) => total + s.movingS, 0);
    expect(Math.abs(splitsS - saved.movingS)).toBeLessThanOrEqual(1);
    expect(saved.laps).toHaveLength(2);
    expect(saved.laps[0]!.elapsedS).toBeCloseTo(90, 0);
  });
});
