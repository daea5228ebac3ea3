/**
 * The live recorder: listens to the device manager, merges readings into 1 Hz rows on the session
 * clock, keeps stroke and RR events, and journals everything to IndexedDB in small chunks so a
 * crash loses at most a few seconds. Pause, resume and lap are events in the same journal, and a
 * dropped link becomes a gap event pair. `finish()` turns the journal into an Activity.
 */
import type { Activity } from '../../../engine/activity/types';
import type { Cancel, Clock } from '../clock/clock';
import { recordingToActivity } from '../finish/recording-to-activity';
import type { ManagerEvent } from '../manager/device-manager';
import type { DeviceReading } from '../manager/readings';
import type {
  RecordedSession,
  RecordingEvent,
  RecordingMeta,
  RecordingSport,
} from './journal-format';
import type { JournalStore } from './journal-store';
import { JournalWriter } from './journal-writer';
import { LapsAndPauses } from './laps-and-pauses';
import { liveNumbers, type LiveNumbers } from './live-numbers';
import { resumePoint } from './resume-point';
import { STALE_AFTER_S, TimelineMerger, type TimelineRow } from './timeline';

/** Each 1 Hz row as it is made, with active time and whether lap was pressed since the last. */
export type RowListener = (row: TimelineRow, activeS: number, lap: boolean) => void;

export type ReadingSource = { onEvent(listener: (event: ManagerEvent) => void): () => void };

export type RecorderOptions = {
  clock: Clock;
  store: JournalStore;
  source: ReadingSource;
  sport: RecordingSport;
  devices: string[];
  plannedWorkoutId?: string | null;
  id?: string;
  /** A session a crash or reload left behind, to carry on (same id, journal appended). */
  resume?: { session: RecordedSession; nextSeq: number };
};

/** How often rows are made and the journal looked at, in session milliseconds. */
const TICK_MS = 250;

export class Recorder {
  readonly id: string;
  private readonly clock: Clock;
  private readonly timeline: TimelineMerger;
  private readonly journal: JournalWriter;
  private readonly book = new LapsAndPauses();
  private readonly meta: RecordingMeta;
  private readonly listeners = new Set<() => void>();
  private readonly rowListeners = new Set<RowListener>();
  private readonly linksDown = new Map<string, string>();
  private strokeCount: number | null = null;
  private startS = 0;
  private lastRowS = -1;
  private stopTicking: Cancel = () => undefined;
  private stopListening: () => void = () => undefined;
  private live: LiveNumbers;

  constructor(private readonly options: RecorderOptions) {
    const resumed = options.resume?.session;
    this.clock = options.clock;
    this.id = resumed?.meta.id ?? options.id ?? crypto.randomUUID();
    this.journal = new JournalWriter(
      this.id,
      options.store,
      () => this.clock.wallNowMs(),
      options.resume,
    );
    // A faster-than-life clock (demo devices) needs a longer staleness, or an ordinary pause of
    // the page's main thread would look like a dropped sensor.
    this.timeline = new TimelineMerger(
      options.sport === 'rowing',
      Math.max(STALE_AFTER_S, this.clock.speed / 4),
    );
    this.meta = resumed
      ? {
          ...resumed.meta,
          devices: [...new Set([...resumed.meta.devices, ...options.devices])],
          status: 'recording',
        }
      : {
          id: this.id,
          startedAt: new Date(this.clock.wallNowMs()).toISOString(),
          sport: options.sport,
          devices: options.devices,
          status: 'recording',
          plannedWorkoutId: options.plannedWorkoutId ?? null,
          updatedAtMs: this.clock.wallNowMs(),
        };
    this.live = this.makeLive(0);
  }

  async start(): Promise<void> {
    await this.options.store.begin(this.meta);
    const resumed = this.options.resume?.session;
    const point = resumed ? resumePoint(resumed, this.clock.wallNowMs(), this.clock.speed) : null;
    this.startS = this.clock.nowS() - (point?.resumeAtS ?? 0);
    if (point) {
      // Rebuilds the running state from the journal and marks the time the app was away.
      this.timeline.continueFrom(point.distanceM);
      this.book.carryOn(point);
      this.strokeCount = point.strokeCount;
      this.lastRowS = point.resumeAtS - 1;
      for (const event of point.bridge) this.journal.addEvent(event);
    }
    this.stopListening = this.options.source.onEvent((event) => this.handle(event));
    this.stopTicking = this.clock.every(TICK_MS, () => this.tick());
    this.tick();
  }

  get sport(): RecordingSport {
    return this.options.sport;
  }

  snapshot = (): LiveNumbers => this.live;

  onRow(listener: RowListener): () => void {
    this.rowListeners.add(listener);
    return () => this.rowListeners.delete(listener);
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  pause(): void {
    const atS = this.sessionS();
    // Rows up to the press belong to the session; none are made while paused.
    this.tick();
    if (!this.book.pause(atS)) return;
    this.timeline.setCounting(false);
    this.record({ type: 'pause', atS });
  }

  resume(): void {
    const atS = this.sessionS();
    if (!this.book.resume(atS)) return;
    this.lastRowS = Math.floor(atS) - 1;
    this.timeline.setCounting(true);
    this.record({ type: 'resume', atS });
  }

  lap(): void {
    if (this.book.state === 'finished') return;
    const atS = this.sessionS();
    this.book.lap(atS, this.timeline.sessionDistanceM());
    this.record({ type: 'lap', atS });
  }

  /** Stops recording, writes the last chunk, and returns the session as an Activity. */
  async finish(): Promise<Activity> {
    if (this.book.state !== 'finished') {
      this.tick();
      this.stop();
    }
    const endS = Math.max(this.lastRowS, 0);
    this.journal.flush(true);
    await this.journal.settled();
    const activity = recordingToActivity(this.recorded(), endS);
    this.refresh(endS);
    return activity;
  }

  /** Everything recorded so far, as the journal would read back (kept in memory as well). */
  recorded(): RecordedSession {
    return this.journal.recorded(this.meta);
  }

  /** Ends the session and forgets it: nothing is saved. */
  async discard(): Promise<void> {
    this.stop();
    await this.journal.settled();
    await this.options.store.discard(this.id);
  }

  private stop(): void {
    this.book.finish();
    this.stopTicking();
    this.stopListening();
  }

  private sessionS(): number {
    return this.clock.nowS() - this.startS;
  }

  private handle(event: ManagerEvent): void {
    if (this.book.state === 'finished') return;
    const atS = this.sessionS();
    if (event.type === 'reading') {
      this.take({ ...event.reading, atS: event.reading.atS - this.startS });
    } else if (event.type === 'link-lost') {
      this.linksDown.set(event.deviceId, event.label);
      this.timeline.forgetDevice(event.deviceId);
      this.journal.addEvent({
        type: 'gap-start',
        atS,
        deviceId: event.deviceId,
        label: event.label,
      });
    } else {
      this.linksDown.delete(event.deviceId);
      this.journal.addEvent({ type: 'gap-end', atS, deviceId: event.deviceId });
    }
    this.refresh(atS);
  }

  private take(reading: DeviceReading): void {
    this.timeline.ingest(reading);
    if (this.book.state !== 'recording') return;
    if (reading.stroke) {
      this.strokeCount = reading.stroke.strokeCount;
      this.journal.addEvent({ type: 'stroke', stroke: { ...reading.stroke, atS: reading.atS } });
    }
    if (reading.rrIntervalsMs?.length) {
      this.journal.addEvent({ type: 'rr', atS: reading.atS, rrIntervalsMs: reading.rrIntervalsMs });
    }
  }

  private tick(): void {
    if (this.book.state === 'finished') return;
    const atS = this.sessionS();
    if (this.book.state === 'recording') {
      for (let t = this.lastRowS + 1; t <= atS; t++) {
        const row = this.timeline.row(t);
        this.journal.addRow(row);
        this.lastRowS = t;
        const lap = this.book.takeLapPress();
        for (const listener of this.rowListeners) listener(row, this.book.activeS(t), lap);
      }
    }
    this.journal.flush(false);
    this.refresh(atS);
  }

  /** An event the athlete caused (pause, resume, lap), journaled and shown at once. */
  private record(event: RecordingEvent & { atS: number }): void {
    this.journal.addEvent(event);
    this.refresh(event.atS);
  }

  private refresh(atS: number): void {
    this.live = this.makeLive(atS);
    for (const listener of this.listeners) listener();
  }

  private makeLive(atS: number): LiveNumbers {
    const { timeline, book, strokeCount, journal } = this;
    return liveNumbers(
      { timeline, book, strokeCount, linksDown: this.linksDown.values(), journal },
      atS,
    );
  }
}
