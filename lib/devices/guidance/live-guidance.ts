/**
 * Runs the engine's guidance step function on every 1 Hz row of a recording and keeps what the
 * athlete should see: the current step with its targets, what is left of it and the next one
 * (`step-view.ts`), the latest cue, and whether the workout is done. Cues go
 * to listeners (the screen shows them; it may also speak them or vibrate). The step runs wherever
 * the stepper says: in the app that is the engine worker, so rows are queued and stepped in order.
 */
import { guidanceStep, startGuidance } from '../../../engine/guidance/guidance-step';
import type { GuidanceEvent, GuidanceSample, GuidanceState } from '../../../engine/guidance/types';
import type { PlannedWorkout, SimpleStep } from '../../../engine/workout/types';
import type { RecordingSport } from '../recorder/journal-format';
import type { TimelineRow } from '../recorder/timeline';
import { stepView, type StepView } from './step-view';

export type GuidanceView = {
  stepIndex: number;
  stepCount: number;
  step: SimpleStep | null;
  /** The step being followed, its targets, countdown and the next step; null once done. */
  current: StepView | null;
  lastCue: string | null;
  finished: boolean;
};

const orNull = (value: number): number | null => (Number.isFinite(value) ? value : null);

/** One guidance step, possibly in another thread. */
export type GuidanceStepper = (
  state: GuidanceState,
  sample: GuidanceSample,
) => Promise<{ state: GuidanceState; events: GuidanceEvent[] }>;

/** The engine's step in this thread: for Node, and wherever no worker is at hand. */
export const stepInThisThread: GuidanceStepper = (state, sample) =>
  Promise.resolve(guidanceStep(state, sample));

export class LiveGuidance {
  private state: GuidanceState;
  private view: GuidanceView;
  private readonly listeners = new Set<() => void>();
  private readonly cueListeners = new Set<(text: string) => void>();
  private queue: Promise<void> = Promise.resolve();

  constructor(
    workout: Pick<PlannedWorkout, 'sport' | 'steps'> | null,
    private readonly sport: RecordingSport,
    private readonly step: GuidanceStepper = stepInThisThread,
  ) {
    this.state = startGuidance(workout, sport === 'rowing' ? 'row' : 'run');
    this.view = this.makeView(null);
  }

  /** One row of the recording, on active time (pauses left out); `lap` when lap was pressed. */
  feed(row: TimelineRow, activeS: number, lap: boolean): void {
    const sample: GuidanceSample = {
      elapsedS: activeS,
      distanceM: orNull(row.distanceM),
      heartRateBpm: orNull(row.heartRateBpm),
      speedMps: orNull(row.speedMps),
      powerW: orNull(row.powerW),
      strokeRateSpm: this.sport === 'rowing' ? orNull(row.cadence) : null,
      lap,
    };
    this.queue = this.queue
      .then(() => this.step(this.state, sample))
      .then(({ state, events }) => this.apply(state, events))
      .catch((error: unknown) => {
        // Guidance is advice on top of the recording: a failed step skips one row's cues only.
        console.warn('Guidance skipped a row:', error);
      });
  }

  /** Resolves once every row fed so far has been stepped. */
  settled(): Promise<void> {
    return this.queue;
  }

  private apply(state: GuidanceState, events: GuidanceEvent[]): void {
    this.state = state;
    let cue = this.view.lastCue;
    for (const event of events) {
      if (event.type !== 'cue') continue;
      cue = event.text;
      for (const listener of this.cueListeners) listener(event.text);
    }
    this.view = this.makeView(cue);
    for (const listener of this.listeners) listener();
  }

  snapshot = (): GuidanceView => this.view;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  onCue(listener: (text: string) => void): () => void {
    this.cueListeners.add(listener);
    return () => this.cueListeners.delete(listener);
  }

  private makeView(lastCue: string | null): GuidanceView {
    return {
      stepIndex: this.state.index,
      stepCount: this.state.steps.length,
      step: this.state.steps[this.state.index] ?? null,
      current: stepView(this.state),
      lastCue,
      finished: this.state.finished,
    };
  }
}
