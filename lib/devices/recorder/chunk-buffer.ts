/**
 * Decides when the recorder writes: at least every `maxRows` rows (five session seconds at 1 Hz)
 * and at least every `maxAgeMs` of wall-clock time while anything is waiting, so a crash loses at
 * most a few seconds even when the session clock runs fast (demo devices) or slow.
 */
import type { RecordingEvent } from './journal-format';
import type { TimelineRow } from './timeline';

export type PendingChunk = { seq: number; rows: TimelineRow[]; events: RecordingEvent[] };

export class ChunkBuffer {
  private rows: TimelineRow[] = [];
  private events: RecordingEvent[] = [];
  private nextSeq: number;
  private oldestPendingAtMs: number | null = null;

  constructor(
    private readonly maxRows = 5,
    private readonly maxAgeMs = 5000,
    firstSeq = 0,
  ) {
    this.nextSeq = firstSeq;
  }

  addRow(row: TimelineRow, wallMs: number): void {
    this.rows.push(row);
    this.oldestPendingAtMs ??= wallMs;
  }

  addEvent(event: RecordingEvent, wallMs: number): void {
    this.events.push(event);
    this.oldestPendingAtMs ??= wallMs;
  }

  isDue(wallMs: number): boolean {
    if (this.oldestPendingAtMs === null) return false;
    return this.rows.length >= this.maxRows || wallMs - this.oldestPendingAtMs >= this.maxAgeMs;
  }

  /** Hands over everything pending as the next chunk, or null when nothing is waiting. */
  take(): PendingChunk | null {
    if (this.oldestPendingAtMs === null) return null;
    const chunk = { seq: this.nextSeq++, rows: this.rows, events: this.events };
    this.rows = [];
    this.events = [];
    this.oldestPendingAtMs = null;
    return chunk;
  }
}
