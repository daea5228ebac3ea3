import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { DemoTransport } from '../demo/demo-transport';
import { demoPm5 } from '../demo/demo-pm5';
import { DeviceManager } from '../manager/device-manager';
import { recoveredEndS } from './resume-point';
import { createFrameInterpreter } from '../manager/frame-interpreter';
import { Recorder, type RecorderOptions } from './recorder';
import { recordingToActivity } from '../finish/recording-to-activity';
import { RecordingStore } from './journal-store';
import { SessionClock } from '../clock/session-clock';

// The demo PM5 through the real manager, recorder and (fake-indexeddb) journal, at 50× speed.
const SPEED = 50;
let dbNumber = 0;
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function rowing(resume?: RecorderOptions['resume'], reuse?: RecordingStore) {
  const clock = new SessionClock(SPEED);
  const manager = new DeviceManager({
    clock,
    interpreterFor: createFrameInterpreter,
    policy: { baseMs: 20, capMs: 40, maxAttempts: 100 },
  });
  const transport = new DemoTransport(
    demoPm5(() => 0.5),
    clock,
  );
  await manager.add(transport);
  const store = reuse ?? new RecordingStore(`recorder-it-${dbNumber++}`);
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

const untilActive = async (recorder: Recorder, seconds: number) => {
  for (let i = 0; i < 1000 && recorder.snapshot().activeS < seconds; i++) {
    await new Promise((r) => setTimeout(r, 5));
  }
};

describe('Recorder with the demo PM5', () => {
  it('records 1 Hz rows with laps, a timer pause and a marked gap, and finishes an Activity', async () => {
    const { recorder, transport } = await rowing();
    await untilActive(recorder, 10);
    recorder.lap();
    await untilActive(recorder, 15);
    recorder.pause();
    await new Promise((r) => setTimeout(r, 100));
    recorder.resume();
    transport.dropLink(4);
    await untilActive(recorder, 30);
    const activity = await recorder.finish();

    const t = Array.from(activity.streams.timeS);
    // One row per whole second, except while the timer was paused.
    const timer = activity.pauses.find((p) => p.reason === 'timer')!;
    expect(timer.endS - timer.startS).toBeGreaterThan(3);
    for (let i = 1; i < t.length; i++) {
      const step = t[i]! - t[i - 1]!;
      if (step !== 1) expect(t[i - 1]! <= timer.startS + 1 && t[i]! >= timer.endS - 1).toBe(true);
    }
    const gap = activity.pauses.find((p) => p.reason === 'gap')!;
    expect(gap.endS).toBeGreaterThan(gap.startS);
    // Speed is there outside the gap and missing only inside it (3 s staleness allowed).
    t.forEach((timeS, i) => {
      const speed = activity.streams.speedMps[i]!;
      // The row at 0 s comes before the monitor's first notification.
      if (timeS === 0) return;
      if (Number.isNaN(speed)) {
        expect(timeS).toBeGreaterThanOrEqual(Math.floor(gap.startS));
        expect(timeS).toBeLessThanOrEqual(gap.endS + 1);
      } else if (timeS > 3) {
        expect(speed).toBeGreaterThan(3);
      }
    });
    const d = activity.streams.distanceM;
    for (let i = 1; i < d.length; i++) expect(d[i]!).toBeGreaterThanOrEqual(d[i - 1]!);
    expect(d[d.length - 1]).toBeGreaterThan(80);
    expect(activity.laps).toHaveLength(2);
    expect(activity.source).toBe('recorder');
  });

  it('leaves a journal from which a crashed session comes back with every chunk written', async () => {
    const { recorder, store } = await rowing();
    await untilActive(recorder, 20);
    const live = recorder.snapshot();
    expect(live.chunksWritten).toBeGreaterThanOrEqual(3);
    // The tab "crashes" here: no finish. What is on disk is what a reload finds.
    const [open] = await store.unfinished();
    expect(open?.id).toBe(recorder.id);
    const session = (await store.load(recorder.id))!;
    expect(session.chunkCount).toBeGreaterThanOrEqual(live.chunksWritten);
    session.rows.forEach((row, i) => expect(row.timeS).toBe(i));
    expect(session.events.some((e) => e.type === 'stroke')).toBe(true);
    const activity = recordingToActivity(session, recoveredEndS(session));
    expect(activity.streams.timeS.length).toBe(session.rows.length);
    await recorder.discard();
    expect(await store.unfinished()).toEqual([]);
  });

  it('carries on a session left open: same id, journal appended, the time away a gap', async () => {
    const first = await rowing();
    await untilActive(first.recorder, 20);
    // Everything is on disk and the session is still open, as a crash right after a write leaves it.
    await first.recorder.finish();
    const before = (await first.store.load(first.recorder.id))!;
    const nextSeq = await first.store.nextSeq(first.recorder.id);
    expect(nextSeq).toBe(before.chunkCount);
    const second = await rowing({ session: before, nextSeq }, first.store);
    expect(second.recorder.id).toBe(first.recorder.id);
    await untilActive(second.recorder, 35);
    const activity = await second.recorder.finish();

    const after = (await first.store.load(first.recorder.id))!;
    expect(after.rows.slice(0, before.rows.length)).toEqual(before.rows);
    expect(after.rows.length).toBeGreaterThan(before.rows.length + 10);
    const endS = recoveredEndS(before);
    const away = activity.pauses.filter((p) => p.reason === 'gap');
    expect(away).toHaveLength(1);
    expect(away[0]!.startS).toBe(endS);
    const times = Array.from(activity.streams.timeS);
    expect(times.filter((t) => t > endS && t < away[0]!.endS)).toEqual([]);
    expect(times.filter((t) => t >= away[0]!.endS).length).toBeGreaterThan(10);
    // Distance carries on from where it was rather than starting again from zero.
    const distances = Array.from(activity.streams.distanceM);
    for (let i = 1; i < distances.length; i++) {
      expect(distances[i]!).toBeGreaterThanOrEqual(distances[i - 1]!);
    }
    expect(distances.at(-1)!).toBeGreaterThan(distances[before.rows.length - 1]! + 20);
    // Active time leaves the time away out.
    expect(second.recorder.snapshot().activeS).toBeLessThan(activity.streams.timeS.at(-1)!);
  });
});
