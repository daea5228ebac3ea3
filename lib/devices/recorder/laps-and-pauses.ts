/**
 * The recorder's lap and timer-pause bookkeeping on session time: whether it is recording or
 * paused, how much time the timer was stopped (active time leaves it out), and where the current
 * lap started in active time and distance. Dropped links are not pauses: the athlete kept going.
 */
import type { ResumePoint } from './resume-point';

export type RecorderState = 'recording' | 'paused' | 'finished';

export class LapsAndPauses {
  private stateValue: RecorderState = 'recording';
  private pausedS = 0;
  private pausedAtS: number | null = null;
  private lapNumberValue = 1;
  private lapStartActiveS = 0;
  private lapStartDistanceM = 0;
  private lapPending = false;

  get state(): RecorderState {
    return this.stateValue;
  }

  get lapNumber(): number {
    return this.lapNumberValue;
  }

  /** A resumed session: the journal's pauses, the time away and the lap it was in. */
  carryOn(point: ResumePoint): void {
    this.pausedS = point.pausedS;
    this.lapNumberValue = point.lapNumber;
    this.lapStartActiveS = point.lapStartActiveS;
    this.lapStartDistanceM = point.lapStartDistanceM;
  }

  /** False when there was nothing to pause. */
  pause(atS: number): boolean {
    if (this.stateValue !== 'recording') return false;
    this.stateValue = 'paused';
    this.pausedAtS = atS;
    return true;
  }

  /** False when there was nothing to resume. */
  resume(atS: number): boolean {
    if (this.stateValue !== 'paused' || this.pausedAtS === null) return false;
    this.pausedS += atS - this.pausedAtS;
    this.pausedAtS = null;
    this.stateValue = 'recording';
    return true;
  }

  lap(atS: number, distanceM: number): void {
    this.lapStartActiveS = this.activeS(atS);
    this.lapStartDistanceM = distanceM;
    this.lapNumberValue++;
    this.lapPending = true;
  }

  finish(): void {
    this.stateValue = 'finished';
  }

  /** Session time without timer pauses, seconds. */
  activeS(atS: number): number {
    const pausedNowS = this.pausedAtS === null ? 0 : atS - this.pausedAtS;
    return Math.max(0, atS - this.pausedS - pausedNowS);
  }

  lapActiveS(atS: number): number {
    return this.activeS(atS) - this.lapStartActiveS;
  }

  lapDistanceM(distanceM: number): number {
    return distanceM - this.lapStartDistanceM;
  }

  /** Whether lap was pressed since the last call: each row hands the press on once. */
  takeLapPress(): boolean {
    const pressed = this.lapPending;
    this.lapPending = false;
    return pressed;
  }
}
