/**
 * The recorder's crash-safe journal: its own IndexedDB database (`splits-recorder`, via Dexie),
 * separate from the documents, so an unfinished session survives a crash or a reload and nothing
 * in it is synced until the athlete finishes. Finished sessions are deleted once saved.
 */
import Dexie, { type EntityTable } from 'dexie';
import {
  recordingChunkSchema,
  recordingMetaSchema,
  type RecordedSession,
  type RecordingChunk,
  type RecordingMeta,
} from './journal-format';

export const RECORDER_DB_NAME = 'splits-recorder';

type RecorderDb = Dexie & {
  sessions: EntityTable<RecordingMeta, 'id'>;
  chunks: Dexie.Table<RecordingChunk, [string, number]>;
};

export class JournalStore {
  private readonly db: RecorderDb;

  constructor(name = RECORDER_DB_NAME) {
    this.db = new Dexie(name) as RecorderDb;
    this.db.version(1).stores({ sessions: 'id, status', chunks: '[sessionId+seq], sessionId' });
  }

  async begin(meta: RecordingMeta): Promise<void> {
    await this.db.sessions.put(recordingMetaSchema.parse(meta));
  }

  /** Writes one chunk and touches the header in one transaction, so both land or neither. */
  async append(chunk: RecordingChunk, wallMs: number): Promise<void> {
    await this.db.transaction('rw', this.db.sessions, this.db.chunks, async () => {
      await this.db.chunks.put(chunk);
      await this.db.sessions
        .where('id')
        .equals(chunk.sessionId)
        .modify((m) => {
          m.updatedAtMs = Math.max(m.updatedAtMs, wallMs);
        });
    });
  }

  async updateMeta(id: string, changes: Partial<Omit<RecordingMeta, 'id'>>): Promise<void> {
    await this.db.sessions.update(id, changes);
  }

  /** Sessions a crash or reload left open, newest first. */
  async unfinished(): Promise<RecordingMeta[]> {
    const open = await this.db.sessions.where('status').equals('recording').toArray();
    return open
      .flatMap((m) => {
        const parsed = recordingMetaSchema.safeParse(m);
        return parsed.success ? [parsed.data] : [];
      })
      .sort((a, b) => b.updatedAtMs - a.updatedAtMs);
  }

  /** The whole session with every chunk written, in order; null when it is not there. */
  async load(id: string): Promise<RecordedSession | null> {
    const meta = await this.db.sessions.get(id);
    if (!meta) return null;
    const chunks = await this.db.chunks
      .where('[sessionId+seq]')
      .between([id, Dexie.minKey], [id, Dexie.maxKey])
      .toArray();
    const parsed = chunks.map((c) => recordingChunkSchema.parse(c));
    return {
      meta: recordingMetaSchema.parse(meta),
      rows: parsed.flatMap((c) => c.rows),
      events: parsed.flatMap((c) => c.events),
      chunkCount: parsed.length,
    };
  }

  /** The seq the next chunk of a resumed session takes, so nothing already written is replaced. */
  async nextSeq(id: string): Promise<number> {
    const last = await this.db.chunks
      .where('[sessionId+seq]')
      .between([id, Dexie.minKey], [id, Dexie.maxKey])
      .last();
    return last ? last.seq + 1 : 0;
  }

  async discard(id: string): Promise<void> {
    await this.db.transaction('rw', this.db.sessions, this.db.chunks, async () => {
      await this.db.chunks.where('sessionId').equals(id).delete();
      await this.db.sessions.delete(id);
    });
  }

  close(): void {
    this.db.close();
  }
}
