/**
 * Runs the engine's guidance step function on every 1 Hz row of a recording and keeps what the
 * athlete should see: the current step, the latest cue, and whether the workout is done. Cues go
 * to listeners (the screen shows them; it may also speak them or vibrate).
 */
import { guidanceStep, startGuidance } from '../../engine/guidance/guidance-step';
import type { GuidanceState } from '../../engine/guidance/types';
import type { PlannedWorkout, SimpleStep } from '../../engine/workout/types';
import type { RecordingSport } from './recording-format';
import type { TimelineRow } from './recorder-timeline';

export type GuidanceView = {
  stepIndex: number;
  stepCount: number;
  step: SimpleStep | null;
  lastCue: string | null;
  finished: boolean;
};

const orNull = (value: number): number | null => (Number.isFinite(value) ? value : null);

export class LiveGuidance {
  private state: GuidanceState;
  private view: GuidanceView;
  private readonly listeners = new Set<() => void>();
  private readonly cueListeners = new Set<(text: string) => void>();

  constructor(
    workout: Pick<PlannedWorkout, 'sport' | 'steps'> | null,
    private readonly sport: RecordingSport,
  ) {
    this.state = startGuidance(workout, sport === 'rowing' ? 'row' : 'run');
    this.view = this.makeView(null);
  }

  /** One row of the recording, on active time (pauses left out); `lap` when lap was pressed. */
  feed(row: TimelineRow, activeS: number, lap: boolean): void {
    const { state, events } = guidanceStep(this.state, {
      elapsedS: activeS,
      distanceM: orNull(row.distanceM),
      heartRateBpm: orNull(row.heartRateBpm),
      speedMps: orNull(row.speedMps),
      powerW: orNull(row.powerW),
      strokeRateSpm: this.sport === 'rowing' ? orNull(row.cadence) : null,
      lap,
    });
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
      lastCue,
      finished: this.state.finished,
    };
  }
}
