/**
 * One visit to the Record screen: its clock, its device manager, and (once started) its recorder.
 * The React screen only renders this object's snapshots and calls its methods.
 */
import type { AthleteInput } from '../../../engine/activity/athlete';
import type { PlannedWorkout } from '../../../engine/workout/types';
import { demoRig, type DemoDevice, type DemoRigName } from '../demo/demo-devices';
import type { DemoTransport } from '../demo/demo-transport';
import { DeviceManager } from '../manager/device-manager';
import type { DeviceKind } from '../manager/device-kinds';
import type { DeviceTransport } from '../link/device-transport';
import { createFrameInterpreter } from '../manager/frame-interpreter';
import type { RecordingSport } from './journal-format';
import { JournalStore } from './journal-store';
import { Recorder } from './recorder';
import type { Clock } from '../clock/clock';
import { RealClock } from '../clock/real-clock';
import { LiveGuidance, stepInThisThread, type GuidanceStepper } from '../guidance/live-guidance';
import type { Pm5ProgramOutcome } from '../pm5/messages';
import { programPlannedWorkout } from '../pm5/session-program';
import { recordedRows } from './recorded-rows';
import {
  saveFinishedRecording,
  saveRecoveredRecording,
  type FinishOutcome,
  type FinishTarget,
} from '../finish/finish-session';
import { summarizeInThisThread, type ActivitySummariser } from '../finish/summariser';

/** How long the "Drop link" demo control keeps a device out of reach, in session seconds. */
const DEMO_DROP_S = 10;

export type SessionPhase = 'setup' | 'recording' | 'finished';

export type { Pm5ProgramOutcome } from '../pm5/messages';

export type RecordSessionOptions = {
  /** Demo devices may run faster than life; real ones run at 1. */
  speed?: number;
  /** The session's time and timers; a real clock at `speed` unless given (tests pass a manual one). */
  clock?: Clock;
  store?: JournalStore;
  /** Marks each demo notification for the latency bench. */
  traceFrames?: boolean;
  /** Where guidance steps run: the engine worker in the app. */
  guidanceStepper?: GuidanceStepper;
  /** Where the finished session is summarised: the engine worker in the app. */
  summarise?: ActivitySummariser;
};

export class RecordSession {
  readonly clock: Clock;
  readonly manager: DeviceManager;
  readonly store: JournalStore;
  private recorderInstance: Recorder | null = null;
  private guidanceInstance: LiveGuidance | null = null;
  private pm5Outcome: Pm5ProgramOutcome | null = null;
  private phaseValue: SessionPhase = 'setup';
  private readonly listeners = new Set<() => void>();
  private readonly demoTransports = new Map<string, DemoTransport>();

  private readonly traceFrames: boolean;
  private readonly guidanceStepper: GuidanceStepper;
  private readonly summarise: ActivitySummariser;

  constructor(options: RecordSessionOptions = {}) {
    this.clock = options.clock ?? new RealClock(options.speed ?? 1);
    this.store = options.store ?? new JournalStore();
    this.traceFrames = options.traceFrames ?? false;
    this.guidanceStepper = options.guidanceStepper ?? stepInThisThread;
    this.summarise = options.summarise ?? summarizeInThisThread;
    this.manager = new DeviceManager({ clock: this.clock, interpreterFor: createFrameInterpreter });
  }

  get recorder(): Recorder | null {
    return this.recorderInstance;
  }

  get guidance(): LiveGuidance | null {
    return this.guidanceInstance;
  }

  /** Null when no workout was sent to a PM5. */
  get pm5Program(): Pm5ProgramOutcome | null {
    return this.pm5Outcome;
  }

  phase = (): SessionPhase => this.phaseValue;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  addDevice(transport: DeviceTransport, kind?: DeviceKind) {
    return this.manager.add(transport, kind);
  }

  /** A demo set on this session's clock; the caller adds each device. */
  demoRig(name: DemoRigName): DemoDevice[] {
    const devices = demoRig(name, this.clock, this.traceFrames);
    for (const { transport } of devices) this.demoTransports.set(transport.id, transport);
    return devices;
  }

  /** For demo devices only: a control that drops a link for ten seconds of session time. */
  demoLinkDropper(): ((id: string) => void) | undefined {
    if (this.demoTransports.size === 0) return undefined;
    return (id) => this.demoTransports.get(id)?.dropLink(DEMO_DROP_S);
  }

  /** Rowing when a rower is paired, running otherwise, unless the athlete chose. */
  suggestedSport(): RecordingSport {
    return this.manager.devices().some((d) => d.kind === 'pm5' || d.kind === 'ftms-rower')
      ? 'rowing'
      : 'running';
  }

  /**
   * Starts recording. With a planned workout, guidance follows it on screen, and a paired PM5 is
   * programmed with it over CSAFE first (a session beyond the monitor or a refusal does not stop
   * the session: the monitor is left on Just Row and the athlete rows on with on-screen guidance).
   */
  async start(sport: RecordingSport, workout: PlannedWorkout | null = null): Promise<Recorder> {
    if (this.recorderInstance) return this.recorderInstance;
    const pm5 = this.manager.devices().find((d) => d.kind === 'pm5' && d.state === 'connected');
    const pm5Transport = pm5 ? this.manager.transportOf(pm5.id) : null;
    if (workout && workout.sport === 'row' && pm5Transport) {
      this.pm5Outcome = await programPlannedWorkout(pm5Transport, workout);
    }
    const recorder = new Recorder({
      clock: this.clock,
      store: this.store,
      source: this.manager,
      sport,
      devices: this.manager.devices().map((d) => d.name),
      plannedWorkoutId: workout?.id ?? null,
    });
    if (workout) {
      const guidance = new LiveGuidance(workout, sport, this.guidanceStepper);
      recorder.onRow((row, activeS, lap) => guidance.feed(row, activeS, lap));
      this.guidanceInstance = guidance;
    }
    this.recorderInstance = recorder;
    await recorder.start();
    this.setPhase('recording');
    return recorder;
  }

  /**
   * Carries on a session a crash or reload left open, with the devices paired now: same id, its
   * journal appended to, the time the app was away marked as a gap. Guidance for its planned
   * workout replays the journal to pick up at the step reached. A PM5 is not programmed again:
   * the workout runs on the monitor, which keeps (or has finished) its own piece through a
   * dropped link or a closed app (docs/pm5.md §4), so the athlete follows the screen.
   */
  async resume(id: string, workout: PlannedWorkout | null = null): Promise<Recorder> {
    if (this.recorderInstance) return this.recorderInstance;
    const session = await this.store.load(id);
    if (!session) throw new Error('That session is no longer on this device.');
    const recorder = new Recorder({
      clock: this.clock,
      store: this.store,
      source: this.manager,
      sport: session.meta.sport,
      devices: this.manager.devices().map((d) => d.name),
      resume: { session, nextSeq: await this.store.nextSeq(id) },
    });
    if (workout && workout.id === session.meta.plannedWorkoutId) {
      const guidance = new LiveGuidance(workout, session.meta.sport, this.guidanceStepper);
      for (const { row, activeS, lap } of recordedRows(session)) guidance.feed(row, activeS, lap);
      recorder.onRow((row, activeS, lap) => guidance.feed(row, activeS, lap));
      this.guidanceInstance = guidance;
    }
    this.recorderInstance = recorder;
    await recorder.start();
    this.setPhase('recording');
    return recorder;
  }

  /**
   * Stops recording and saves the session; the journal is dropped only once the activity is
   * saved, so a refusal (settings that do not fit together) or a failure keeps it for later.
   */
  async finish(athleteId: string, athlete: AthleteInput): Promise<FinishOutcome> {
    const recorder = this.recorderInstance;
    if (!recorder) throw new Error('Nothing is being recorded.');
    const activity = await recorder.finish();
    this.setPhase('finished');
    return saveFinishedRecording(this.target(athleteId, athlete), recorder.recorded(), activity);
  }

  /** Saves a session a crash left behind as it is; null when it held nothing to save. */
  saveLeftOver(
    id: string,
    athleteId: string,
    athlete: AthleteInput,
  ): Promise<FinishOutcome | null> {
    return saveRecoveredRecording(this.target(athleteId, athlete), id);
  }

  private target(athleteId: string, athlete: AthleteInput): FinishTarget {
    return { store: this.store, athleteId, athlete, summarise: this.summarise };
  }

  /** Ends the session without saving it; its journal is deleted. */
  async discard(): Promise<void> {
    await this.recorderInstance?.discard();
    this.setPhase('finished');
  }

  async dispose(): Promise<void> {
    await Promise.all(this.manager.devices().map((d) => this.manager.remove(d.id)));
  }

  private setPhase(phase: SessionPhase): void {
    this.phaseValue = phase;
    for (const listener of this.listeners) listener();
  }
}
