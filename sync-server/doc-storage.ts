export type StoredRecord = { key: string; payload: Uint8Array };

export type StoredDoc = {
  /** The snapshot first (when there is one), then the log in write order; all checksums good. */
  records: StoredRecord[];
  firstSeq: number;
  nextSeq: number;
  storedBytes: number;
  /** Keys of records whose checksum failed; they were moved aside, the rest loaded. */
  quarantined: string[];
};

/** What the console's data checks read from storage. */
export type StorageSurvey = {
  /** Records moved aside (bad checksum or unreadable), newest first, with when. */
  quarantined: Array<{ key: string; at: string | null }>;
  /** Documents with at least `minUpdates` updates not yet folded into a snapshot, most first. */
  uncompacted: Array<{ name: string; updates: number }>;
};

/**
 * Where documents are kept: a snapshot plus a CRC-sealed log of updates since it. LevelDB for
 * one relay (DocStore), PostgreSQL when several relays share documents (PgDocStore).
 */
export interface DocStorage {
  load(name: string): Promise<StoredDoc>;
  /** Resolves once the update is durably stored; `seq` numbers this relay's appends. */
  append(name: string, seq: number, update: Uint8Array): Promise<void>;
  /**
   * Folds the log into a snapshot. `snapshot` is the document's whole state in this relay, which
   * covers the appends [firstSeq, nextSeq) this relay made since its last compaction.
   */
  compact(name: string, snapshot: Uint8Array, firstSeq: number, nextSeq: number): Promise<void>;
  /** Moves records (by the keys `load` gave them) aside so an operator can inspect them. */
  quarantine(entries: Array<[string, Uint8Array]>): Promise<void>;
  /** Deletes every document whose name starts with `prefix` (an account being deleted). */
  removeUnder(prefix: string): Promise<number>;
  /** For the console's data checks; reads keys and counts, never document contents. */
  survey(minUpdates: number, limit: number): Promise<StorageSurvey>;
}
