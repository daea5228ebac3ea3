import { z } from 'zod';
import { ownerOf } from './doc-name.ts';
import { bytesJson, jsonBytes } from './kv.ts';
import type { Logger } from './log.ts';
import type { Metrics } from './metrics.ts';
import type { Records } from './records.ts';

export type AccountQuotas = { storageBytes: number; documents: number };

export type QuotaVerdict =
  { ok: true } | { ok: false; quota: 'storage' | 'documents'; reason: string };

const DocSize = z.object({ bytes: z.number().int().min(0) });
const sizeKey = (docName: string) => `docsize:${docName}`;
/** How long one relay trusts its copy of an account's usage before reading it again. */
const STALE_MS = 60_000;

type Usage = { docs: Map<string, number>; readAtMs: number };

/**
 * What each account (athlete id) stores on the relay: one `docsize:<doc>` record per document,
 * written when its size is known exactly (a snapshot) and when it is first written. Writes are
 * judged against the account's quotas from this relay's copy, read again when it gets stale, so
 * with several relays an account may briefly pass a quota by what the others accepted meanwhile.
 */
export class AccountUsage {
  private readonly accounts = new Map<string, Usage>();

  constructor(
    private readonly records: Records,
    private readonly quotas: AccountQuotas,
    private readonly metrics: Metrics,
    private readonly log: Logger,
  ) {}

  /** Reads the owner's usage when this relay has none or a stale one (before a document loads). */
  async load(docName: string): Promise<void> {
    const owner = ownerOf(docName);
    const known = this.accounts.get(owner);
    if (known && Date.now() - known.readAtMs < STALE_MS) return;
    const prefix = sizeKey(`${owner}/`);
    const docs = new Map<string, number>();
    for (const [key, value] of await this.records.scan(prefix)) {
      docs.set(key.slice('docsize:'.length), DocSize.parse(bytesJson(value)).bytes);
    }
    // What this relay knows to be newer (documents open here) wins over the stored figures.
    for (const [name, bytes] of known?.docs ?? [])
      docs.set(name, Math.max(bytes, docs.get(name) ?? 0));
    this.accounts.set(owner, { docs, readAtMs: Date.now() });
  }

  /** Whether `docName` may grow from `currentBytes` by `addBytes` (a new document counts as one more). */
  allows(docName: string, currentBytes: number, addBytes: number): QuotaVerdict {
    const usage = this.accounts.get(ownerOf(docName));
    if (!usage) return { ok: true };
    if (!usage.docs.has(docName) && usage.docs.size >= this.quotas.documents) {
      return this.refuse(
        'documents',
        `this account has reached its limit of ${this.quotas.documents} documents on the relay`,
      );
    }
    let total = currentBytes + addBytes;
    for (const [name, bytes] of usage.docs) if (name !== docName) total += bytes;
    if (total > this.quotas.storageBytes) {
      const size = formatBytes(this.quotas.storageBytes);
      return this.refuse('storage', `this account has used its ${size} of storage on the relay`);
    }
    return { ok: true };
  }

  /** Notes a document's size (exact or an upper bound); `store` also writes it down. */
  noteSize(docName: string, bytes: number, store: boolean) {
    const usage = this.accounts.get(ownerOf(docName));
    const known = usage?.docs.get(docName);
    usage?.docs.set(docName, bytes);
    if (!store && known !== undefined) return;
    this.records.put(sizeKey(docName), jsonBytes({ bytes })).catch((error: unknown) => {
      // The next snapshot writes it again; until then the quota counts from memory.
      this.log.warn({ doc: docName, err: error }, 'could not record a document size');
    });
  }

  /** A write was refused for a quota (counted once, after the size was made exact). */
  countRefusal(quota: 'storage' | 'documents') {
    this.metrics.quotaRefusals.inc({ quota });
  }

  private refuse(quota: 'storage' | 'documents', reason: string): QuotaVerdict {
    return { ok: false, quota, reason };
  }
}

function formatBytes(bytes: number): string {
  const mib = bytes / (1024 * 1024);
  return mib >= 1 ? `${Math.floor(mib)} MiB` : `${Math.floor(bytes / 1024)} KiB`;
}
