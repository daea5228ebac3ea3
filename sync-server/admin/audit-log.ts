import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { bytesJson, jsonBytes } from '../kv.ts';
import type { Records } from '../records.ts';

export const AuditEntry = z.object({
  id: z.string(),
  at: z.string(),
  actor: z.object({ userId: z.string(), email: z.string() }),
  action: z.string(),
  target: z.object({ userId: z.string(), email: z.string() }).nullable(),
  /** The address the request came from. */
  from: z.string(),
  result: z.enum(['ok', 'refused', 'failed']),
  /** What was refused or failed, or what the action touched (never a secret or document content). */
  detail: z.string().optional(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;
export type AuditInput = Omit<AuditEntry, 'id' | 'at'>;

const entryKey = (e: AuditEntry) => `audit:${e.at}:${e.id}`;
const Pointer = z.object({ key: z.string() });

/**
 * Every operator action, in the relay's record store: `audit:<time>:<id>` written with `create`
 * (an entry is never overwritten) and never deleted, plus `audit-of:<userId>:…` pointing at the
 * entries that touched an account, so its athlete can read them.
 */
export class AuditLog {
  constructor(private readonly records: Records) {}

  async record(input: AuditInput): Promise<AuditEntry> {
    const entry: AuditEntry = { ...input, id: randomUUID(), at: new Date().toISOString() };
    const key = entryKey(entry);
    await this.records.batch([
      { type: 'create', key, value: jsonBytes(entry) },
      ...(entry.target
        ? [
            {
              type: 'create' as const,
              key: `audit-of:${entry.target.userId}:${entry.at}:${entry.id}`,
              value: jsonBytes({ key }),
            },
          ]
        : []),
    ]);
    return entry;
  }

  /** The newest entries first, `limit` of them, older than `before` (an entry's `at`) if given. */
  async recent(limit: number, before?: string): Promise<AuditEntry[]> {
    const all = await this.records.scan('audit:');
    const older = before === undefined ? all : all.filter(([key]) => key < `audit:${before}`);
    return older
      .slice(-limit)
      .reverse()
      .map(([, value]) => AuditEntry.parse(bytesJson(value)));
  }

  /** Every entry, oldest first (the JSON-lines export). */
  async all(): Promise<AuditEntry[]> {
    const all = await this.records.scan('audit:');
    return all.map(([, value]) => AuditEntry.parse(bytesJson(value)));
  }

  /** The entries that touched one account, newest first. */
  async about(userId: string, limit = 200): Promise<AuditEntry[]> {
    const pointers = (await this.records.scan(`audit-of:${userId}:`)).slice(-limit).reverse();
    const entries = await Promise.all(
      pointers.map(async ([, value]) => {
        const bytes = await this.records.get(Pointer.parse(bytesJson(value)).key);
        return bytes ? AuditEntry.parse(bytesJson(bytes)) : null;
      }),
    );
    return entries.filter((e): e is AuditEntry => e !== null);
  }
}
