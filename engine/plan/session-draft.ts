import type { PlannedWorkout, SimpleStep, StepLength, WorkoutStep } from '../workout/types.ts';
import { isEasyZone, zoneOf, type Intensity } from './intensity.ts';
import { segmentLoad } from './planned-load.ts';
import { speedMps, targetsFor, type TargetContext } from './targets.ts';

/** A built session before it gets a date: steps, minutes, load and how much of it is hard. */
export type Session = Pick<
  PlannedWorkout,
  'type' | 'title' | 'description' | 'steps' | 'durationMin' | 'plannedLoad' | 'key'
> & { hardMin: number };

/** Accumulates steps with their expected seconds and load, so totals always match the steps. */
export class SessionDraft {
  steps: WorkoutStep[] = [];
  seconds = 0;
  load = 0;
  hardS = 0;
  constructor(private readonly ctx: TargetContext) {}

  /** Expected seconds of a step: its time, or its distance at the intensity's typical speed. */
  secondsOf(length: StepLength, intensity: Intensity): number {
    if (length.kind === 'time') return length.durationS;
    if (length.kind === 'distance') return length.distanceM / speedMps(this.ctx, intensity);
    return 0;
  }

  step(
    kind: SimpleStep['kind'],
    length: StepLength,
    intensity: Intensity,
    note: string | null,
  ): SimpleStep {
    const zone = zoneOf(intensity, this.ctx.goal);
    const durationS = this.secondsOf(length, intensity);
    this.seconds += durationS;
    this.load += segmentLoad(durationS, zone);
    if (!isEasyZone(zone)) this.hardS += durationS;
    return { kind, length, targets: targetsFor(this.ctx, intensity), note };
  }

  add(kind: SimpleStep['kind'], seconds: number, intensity: Intensity, note: string | null): void {
    this.steps.push(this.step(kind, { kind: 'time', durationS: seconds }, intensity, note));
  }

  repeat(
    count: number,
    work: [StepLength, Intensity, string],
    rest: [number, Intensity, string],
  ): void {
    const steps: SimpleStep[] = [];
    for (let i = 0; i < count; i++) {
      const w = this.step('work', work[0], work[1], work[2]);
      const r = this.step('rest', { kind: 'time', durationS: rest[0] }, rest[1], rest[2]);
      if (i === 0) steps.push(w, r);
    }
    this.steps.push({ kind: 'repeat', count, steps });
  }

  done(meta: Pick<Session, 'type' | 'title' | 'description' | 'key'>): Session {
    return {
      type: meta.type,
      title: meta.title,
      description: meta.description,
      key: meta.key,
      steps: this.steps,
      durationMin: Math.round(this.seconds / 60),
      plannedLoad: Math.round(this.load * 10) / 10,
      hardMin: this.hardS / 60,
    };
  }
}
