import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../clock/manual-clock';
import { DemoTransport } from '../demo/demo-transport';
import { demoPm5 } from '../demo/demo-pm5';
import { gapStretches } from '../finish/gap-stretches';
import { recordingToActivity } from '../finish/recording-to-activity';
import { DeviceManager } from '../manager/device-manager';
import { createFrameInterpreter } from '../manager/frame-interpreter';
import { JournalStore } from './journal-store';
import { Recorder, type RecorderOptions } from './recorder';
import { recoveredEndS } from './resume-point';

// The demo PM5 through the real manager, recorder and (fake-indexeddb) journal, on a clock the
// test moves: every figure below is where the session is, not where a timer happened to get.
let dbNumber = 0;
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function rowing(
  clock: ManualClock,
  resume?: RecorderOptions['resume'],
  reuse?: JournalStore,
) {
  const manager = new DeviceManager({
    clock,
    interpreterFor: createFrameInterpreter,
    policy: { baseMs: 400, capMs: 800, maxAttempts: 100 },
    random: () => 0.5,
  });
  const transport = new DemoTransport(
    demoPm5(() => 0.5),
    clock,
  );
  await manager.add(transport);
  const store = reuse ?? new JournalStore(`recorder-it-${dbNumber++}`);
  const recorder = new Recorder({
    clock,
    store,
    source: manager,
    sport: 'rowing',
    devices: [transport.name],
    resume,
  });
  cleanups.push(() => manager.remove(transport.id));
  if (!reuse) cleanups.push(() => store.close());
  await recorder.start();
  return { recorder, transport, store };
}

describe('Recorder with the demo PM5', () => {
  it('records 1 Hz rows with laps, a timer pause and a marked gap, and finishes an Activity', async () => {
    const clock = new ManualClock();
    const { recorder, transport } = await rowing(clock);
    await clock.advanceS(10);
    recorder.lap();
    await clock.advanceS(5);
    recorder.pause();
    await clock.advanceS(5);
    recorder.resume();
    transport.dropLink(4);
    await clock.advanceS(15);
    const live = recorder.snapshot();
    const activity = await recorder.finish();

    expect(live.activeS).toBe(30);
    expect(live.lapNumber).toBe(2);
    expect(live.lapActiveS).toBe(20);
    const t = Array.from(activity.streams.timeS);
    // One row per whole second, none made while the timer was paused (15–20 s).
    expect(t).toEqual([
      ...Array.from({ length: 16 }, (_, s) => s),
      ...Array.from({ length: 16 }, (_, s) => 20 + s),
    ]);
    // The timer pause is a pause; the dropped link is not (the rower counted on through it).
    expect(activity.pauses).toEqual([{ startS: 15, endS: 20, reason: 'timer' }]);
    const [gap, ...others] = gapStretches(recorder.recorded().events, 35);
    expect(others).toEqual([]);
    expect(gap).toMatchObject({ startS: 20, open: false });
    // Out of reach until 24 s: attempts every 0.6 s from 20.3 s fail, the one at 24.5 s gets through.
    expect(gap!.endS).toBeCloseTo(24.5, 6);
    // Speed is there outside the gap and missing only inside it.
    t.forEach((timeS, i) => {
      const speed = activity.streams.speedMps[i]!;
      // The row at 0 s comes before the monitor's first notification.
      if (timeS === 0) return;
      if (timeS >= gap!.startS && timeS < gap!.endS) expect(speed).toBeNaN();
      else if (timeS > 3) expect(speed).toBeGreaterThan(3);
    });
    const d = activity.streams.distanceM;
    for (let i = 1; i < d.length; i++) expect(d[i]!).toBeGreaterThanOrEqual(d[i - 1]!);
    expect(d[d.length - 1]).toBeCloseTo(live.distanceM, 6);
    expect(live.distanceM).toBeGreaterThan(100);
    expect(activity.laps.map((l) => [l.startOffsetS, l.elapsedS])).toEqual([
      [0, 10],
      [10, 25],
    ]);
    expect(activity.source).toBe('recorder');
  });
});

describe('Recorder journal after a crash', () => {
  it('leaves a journal from which a crashed session comes back with every chunk written', async () => {
    const clock = new ManualClock();
    const { recorder, store } = await rowing(clock);
    await clock.advanceS(20);
    const live = recorder.snapshot();
    expect(live.chunksWritten).toBeGreaterThanOrEqual(3);
    // The tab "crashes" here: no finish. What is on disk is what a reload finds.
    const [open] = await store.unfinished();
    expect(open?.id).toBe(recorder.id);
    const session = (await store.load(recorder.id))!;
    expect(session.chunkCount).toBeGreaterThanOrEqual(live.chunksWritten);
    // At most one chunk (five seconds) is still waiting to be written.
    expect(session.rows.length).toBeGreaterThanOrEqual(21 - 5);
    session.rows.forEach((row, i) => expect(row).toEqual(recorder.recorded().rows[i]));
    expect(session.events.some((e) => e.type === 'stroke')).toBe(true);
    const activity = recordingToActivity(session, recoveredEndS(session));
    expect(activity.streams.timeS.length).toBe(session.rows.length);
    await recorder.discard();
    expect(await store.unfinished()).toEqual([]);
  });

  it('carries on a session left open: same id, journal appended, the time away a gap', async () => {
    const firstClock = new ManualClock();
    const first = await rowing(firstClock);
    await firstClock.advanceS(20);
    // Everything is on disk and the session is still open, as a crash right after a write leaves it.
    await first.recorder.finish();
    const before = (await first.store.load(first.recorder.id))!;
    const nextSeq = await first.store.nextSeq(first.recorder.id);
    expect(nextSeq).toBe(before.chunkCount);
    // The page comes back 30 s later.
    const secondClock = new ManualClock({ wallStartMs: firstClock.wallNowMs() + 30_000 });
    const second = await rowing(secondClock, { session: before, nextSeq }, first.store);
    expect(second.recorder.id).toBe(first.recorder.id);
    await secondClock.advanceS(15);
    const activity = await second.recorder.finish();

    const after = (await first.store.load(first.recorder.id))!;
    expect(after.rows.slice(0, before.rows.length)).toEqual(before.rows);
    expect(after.rows.length).toBe(before.rows.length + 16);
    const endS = recoveredEndS(before);
    const away = activity.pauses.filter((p) => p.reason === 'gap');
    expect(away).toEqual([{ startS: endS, endS: endS + 30, reason: 'gap' }]);
    const times = Array.from(activity.streams.timeS);
    expect(times.filter((t) => t > endS && t < endS + 30)).toEqual([]);
    // Distance carries on from where it was rather than starting again from zero.
    const distances = Array.from(activity.streams.distanceM);
    for (let i = 1; i < distances.length; i++) {
      expect(distances[i]!).toBeGreaterThanOrEqual(distances[i - 1]!);
    }
    expect(distances.at(-1)!).toBeGreaterThan(distances[before.rows.length - 1]! + 40);
    // Active time leaves the time away out.
    expect(second.recorder.snapshot().activeS).toBe(endS + 15);
  });
});
