/**
 * The live recorder: listens to the device manager, merges readings into 1 Hz rows on the session
 * clock, keeps stroke and RR events, and journals everything to IndexedDB in small chunks so a
 * crash loses at most a few seconds. Pause, resume and lap are events in the same journal, and a
 * dropped link becomes a gap event pair. `finish()` turns the journal into an Activity.
 */
import type { Activity } from '../../../engine/activity/types';
import { ChunkBuffer } from './chunk-buffer';
import type { ManagerEvent } from '../manager/device-manager';
import type {
  RecordedSession,
  RecordingEvent,
  RecordingMeta,
  RecordingSport,
} from './journal-format';
import type { RecordingStore } from './journal-store';
import { recordingToActivity } from '../finish/recording-to-activity';
import { resumePoint, type ResumePoint } from './resume-point';
import { STALE_AFTER_S, TimelineMerger, type TimelineRow } from './timeline';
import type { SessionClock } from '../clock/session-clock';

export type RecorderState = 'recording' | 'paused' | 'finished';

export type LiveNumbers = {
  state: RecorderState;
  /** Session time without timer pauses, seconds. */
  activeS: number;
  distanceM: number;
  heartRateBpm: number;
  speedMps: number;
  powerW: number;
  cadence: number;
  strokeCount: number | null;
  lapNumber: number;
  lapActiveS: number;
  lapDistanceM: number;
  /** Labels of devices whose link is down right now. */
  linksDown: string[];
  chunksWritten: number;
  /** Set when the journal could not be written; the session goes on in memory. */
  journalError: string | null;
};

/** Each 1 Hz row as it is made, with active time and whether lap was pressed since the last. */
export type RowListener = (row: TimelineRow, activeS: number, lap: boolean) => void;

export type ReadingSource = { onEvent(listener: (event: ManagerEvent) => void): () => void };

export type RecorderOptions = {
  clock: SessionClock;
  store: RecordingStore;
  source: ReadingSource;
  sport: RecordingSport;
  devices: string[];
  plannedWorkoutId?: string | null;
  id?: string;
  wallNowMs?: () => number;
  /** A session a crash or reload left behind, to carry on (same id, journal appended). */
  resume?: { session: RecordedSession; nextSeq: number };
};

export class Recorder {
  readonly id: string;
  private readonly timeline: TimelineMerger;
  private readonly buffer: ChunkBuffer;
  private readonly rows: TimelineRow[] = [];
  private readonly events: RecordingEvent[] = [];
  private readonly listeners = new Set<() => void>();
  private readonly rowListeners = new Set<RowListener>();
  private lapPending = false;
  private readonly wallNowMs: () => number;
  private readonly meta: RecordingMeta;
  private startS = 0;
  private lastRowS = -1;
  private pausedS = 0;
  private pausedAtS: number | null = null;
  private lapStartActiveS = 0;
  private lapStartDistanceM = 0;
  private lapNumber = 1;
  private strokeCount: number | null = null;
  private readonly linksDown = new Map<string, string>();
  private chunksWritten = 0;
  private journalError: string | null = null;
  private writing: Promise<void> = Promise.resolve();
  private timer: ReturnType<typeof setInterval> | null = null;
  private stopListening: () => void = () => undefined;
  private live: LiveNumbers;
  private state: RecorderState = 'recording';

  constructor(private readonly options: RecorderOptions) {
    const resumed = options.resume?.session;
    this.id = resumed?.meta.id ?? options.id ?? crypto.randomUUID();
    this.buffer = new ChunkBuffer(5, 5000, options.resume?.nextSeq ?? 0);
    this.wallNowMs = options.wallNowMs ?? Date.now;
    this.timeline = new TimelineMerger(
      options.sport === 'rowing',
      Math.max(STALE_AFTER_S, options.clock.speed / 4),
    );
    this.meta = {
      id: this.id,
      startedAt: new Date(this.wallNowMs()).toISOString(),
      sport: options.sport,
      devices: options.devices,
      status: 'recording',
      plannedWorkoutId: options.plannedWorkoutId ?? null,
      updatedAtMs: this.wallNowMs(),
    };
    if (resumed) {
      const devices = [...new Set([...resumed.meta.devices, ...options.devices])];
      this.meta = { ...resumed.meta, devices, status: 'recording' };
      this.rows.push(...resumed.rows);
      this.events.push(...resumed.events);
    }
    this.live = this.computeLive(0);
  }

  async start(): Promise<void> {
    await this.options.store.begin(this.meta);
    const resumed = this.options.resume?.session;
    const point = resumed ? resumePoint(resumed, this.wallNowMs(), this.options.clock.speed) : null;
    this.startS = this.options.clock.nowS() - (point?.resumeAtS ?? 0);
    if (point) this.carryOn(point);
    this.stopListening = this.options.source.onEvent((event) => this.handle(event));
    this.timer = setInterval(() => this.tick(), this.options.clock.realMs(250));
    this.tick();
  }

  /** Rebuilds the running state from the journal and marks the time the app was away. */
  private carryOn(point: ResumePoint): void {
    this.timeline.continueFrom(point.distanceM);
    this.pausedS = point.pausedS;
    this.lapNumber = point.lapNumber;
    this.lapStartActiveS = point.lapStartActiveS;
    this.lapStartDistanceM = point.lapStartDistanceM;
    this.strokeCount = point.strokeCount;
    this.lastRowS = point.resumeAtS - 1;
    for (const event of point.bridge) this.addEvent(event);
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
    if (this.state !== 'recording') return;
    const atS = this.sessionS();
    this.tick();
    this.state = 'paused';
    this.pausedAtS = atS;
    this.timeline.setCounting(false);
    this.addEvent({ type: 'pause', atS });
    this.refresh(atS);
  }

  resume(): void {
    if (this.state !== 'paused' || this.pausedAtS === null) return;
    const atS = this.sessionS();
    this.pausedS += atS - this.pausedAtS;
    this.pausedAtS = null;
    this.state = 'recording';
    this.lastRowS = Math.floor(atS) - 1;
    this.timeline.setCounting(true);
    this.addEvent({ type: 'resume', atS });
    this.refresh(atS);
  }

  lap(): void {
    if (this.state === 'finished') return;
    const atS = this.sessionS();
    this.addEvent({ type: 'lap', atS });
    this.lapStartActiveS = this.activeS(atS);
    this.lapStartDistanceM = this.timeline.sessionDistanceM();
    this.lapNumber++;
    this.lapPending = true;
    this.refresh(atS);
  }

  /** Stops recording, writes the last chunk, and returns the session as an Activity. */
  async finish(): Promise<Activity> {
    if (this.state !== 'finished') {
      this.tick();
      this.state = 'finished';
      if (this.timer) clearInterval(this.timer);
      this.stopListening();
    }
    const endS = Math.max(this.lastRowS, 0);
    this.flush(true);
    await this.writing;
    const activity = recordingToActivity(this.recorded(), endS);
    this.refresh(endS);
    return activity;
  }

  /** Everything recorded so far, as the journal would read back (kept in memory as well). */
  recorded(): RecordedSession {
    return {
      meta: this.meta,
      rows: this.rows,
      events: this.events,
      chunkCount: this.chunksWritten,
    };
  }

  /** Ends the session and forgets it: nothing is saved. */
  async discard(): Promise<void> {
    this.state = 'finished';
    if (this.timer) clearInterval(this.timer);
    this.stopListening();
    await this.writing;
    await this.options.store.discard(this.id);
  }

  private sessionS(): number {
    return this.options.clock.nowS() - this.startS;
  }

  private activeS(atS: number): number {
    const pausedNowS = this.pausedAtS === null ? 0 : atS - this.pausedAtS;
    return Math.max(0, atS - this.pausedS - pausedNowS);
  }

  private handle(event: ManagerEvent): void {
    if (this.state === 'finished') return;
    const atS = this.sessionS();
    if (event.type === 'reading') {
      const reading = { ...event.reading, atS: event.reading.atS - this.startS };
      this.timeline.ingest(reading);
      if (this.state === 'recording' && reading.stroke) {
        this.strokeCount = reading.stroke.strokeCount;
        this.addEvent({ type: 'stroke', stroke: { ...reading.stroke, atS: reading.atS } });
      }
      if (this.state === 'recording' && reading.rrIntervalsMs?.length) {
        this.addEvent({ type: 'rr', atS: reading.atS, rrIntervalsMs: reading.rrIntervalsMs });
      }
    } else if (event.type === 'link-lost') {
      this.linksDown.set(event.deviceId, event.label);
      this.timeline.forgetDevice(event.deviceId);
      this.addEvent({ type: 'gap-start', atS, deviceId: event.deviceId, label: event.label });
    } else {
      this.linksDown.delete(event.deviceId);
      this.addEvent({ type: 'gap-end', atS, deviceId: event.deviceId });
    }
    this.refresh(atS);
  }

  private tick(): void {
    if (this.state === 'finished') return;
    const atS = this.sessionS();
    if (this.state === 'recording') {
      for (let t = this.lastRowS + 1; t <= atS; t++) {
        const row = this.timeline.row(t);
        this.rows.push(row);
        this.buffer.addRow(row, this.wallNowMs());
        this.lastRowS = t;
        const lap = this.lapPending;
        this.lapPending = false;
        for (const listener of this.rowListeners) listener(row, this.activeS(t), lap);
      }
    }
    this.flush(false);
    this.refresh(atS);
  }

  private addEvent(event: RecordingEvent): void {
    this.events.push(event);
    this.buffer.addEvent(event, this.wallNowMs());
  }

  /** Chunks are written one after another so their order on disk is their order in time. */
  private flush(force: boolean): void {
    const wallMs = this.wallNowMs();
    if (!force && !this.buffer.isDue(wallMs)) return;
    const pending = this.buffer.take();
    if (!pending) return;
    const chunk = { sessionId: this.id, ...pending };
    this.writing = this.writing
      .then(() => this.options.store.append(chunk, wallMs))
      .then(
        () => {
          this.chunksWritten++;
          this.journalError = null;
        },
        (error: unknown) => {
          const reason = error instanceof Error ? error.message : String(error);
          this.journalError = `The last few seconds could not be saved to this device (${reason}).`;
        },
      );
  }

  private refresh(atS: number): void {
    this.live = this.computeLive(atS);
    for (const listener of this.listeners) listener();
  }

  private computeLive(atS: number): LiveNumbers {
    const current = this.timeline.current(atS);
    const distanceM = this.timeline.sessionDistanceM();
    const activeS = this.activeS(atS);
    return {
      state: this.state,
      activeS,
      distanceM,
      ...current,
      strokeCount: this.strokeCount,
      lapNumber: this.lapNumber,
      lapActiveS: activeS - this.lapStartActiveS,
      lapDistanceM: distanceM - this.lapStartDistanceM,
      linksDown: [...this.linksDown.values()],
      chunksWritten: this.chunksWritten,
      journalError: this.journalError,
    };
  }
}
