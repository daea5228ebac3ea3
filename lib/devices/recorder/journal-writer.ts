/**
 * Keeps what the recorder made — 1 Hz rows and events — in memory and writes it to the journal in
 * chunks (when `ChunkBuffer` says one is due), one write after another so their order on disk is
 * their order in time. A failed write does not stop the session; it is reported for the screen.
 */
import { ChunkBuffer } from './chunk-buffer';
import type { RecordedSession, RecordingEvent, RecordingMeta } from './journal-format';
import type { JournalStore } from './journal-store';
import type { TimelineRow } from './timeline';

export class JournalWriter {
  readonly rows: TimelineRow[] = [];
  readonly events: RecordingEvent[] = [];
  private readonly buffer: ChunkBuffer;
  private writing: Promise<void> = Promise.resolve();
  private written = 0;
  private error: string | null = null;

  constructor(
    private readonly sessionId: string,
    private readonly store: JournalStore,
    private readonly wallNowMs: () => number,
    resumed?: { session: RecordedSession; nextSeq: number },
  ) {
    this.buffer = new ChunkBuffer(5, 5000, resumed?.nextSeq ?? 0);
    if (resumed) {
      this.rows.push(...resumed.session.rows);
      this.events.push(...resumed.session.events);
    }
  }

  get chunksWritten(): number {
    return this.written;
  }

  /** Set when the journal could not be written; the session goes on in memory. */
  get journalError(): string | null {
    return this.error;
  }

  addRow(row: TimelineRow): void {
    this.rows.push(row);
    this.buffer.addRow(row, this.wallNowMs());
  }

  addEvent(event: RecordingEvent): void {
    this.events.push(event);
    this.buffer.addEvent(event, this.wallNowMs());
  }

  /** Writes what is waiting when a chunk is due, or whatever is waiting when `force`d. */
  flush(force: boolean): void {
    const wallMs = this.wallNowMs();
    if (!force && !this.buffer.isDue(wallMs)) return;
    const pending = this.buffer.take();
    if (!pending) return;
    const chunk = { sessionId: this.sessionId, ...pending };
    this.writing = this.writing
      .then(() => this.store.append(chunk, wallMs))
      .then(
        () => {
          this.written++;
          this.error = null;
        },
        (error: unknown) => {
          const reason = error instanceof Error ? error.message : String(error);
          this.error = `The last few seconds could not be saved to this device (${reason}).`;
        },
      );
  }

  /** Resolves once every write started so far has finished (or failed). */
  settled(): Promise<void> {
    return this.writing;
  }

  /** Everything recorded so far, as the journal would read back. */
  recorded(meta: RecordingMeta): RecordedSession {
    return { meta, rows: this.rows, events: this.events, chunkCount: this.written };
  }
}
