import { z } from 'zod';
import { bytesJson, jsonBytes } from '../kv.ts';
import type { Records } from '../records.ts';

/** What an account may do on the relay; `coach` is a label (sharing already gives coaches access). */
export const AccountRole = z.enum(['athlete', 'coach', 'admin', 'owner']);
export type AccountRole = z.infer<typeof AccountRole>;

const RoleRecord = z.object({ role: AccountRole });
const Disabled = z.object({ at: z.string(), by: z.string() });
export type Disabled = z.infer<typeof Disabled>;

/** Whether a role may use the console at all (`owner` also grants and takes `admin`). */
export const isOperator = (role: AccountRole) => role === 'admin' || role === 'owner';

// Keys: `role:<userId>` (absent: athlete) and `disabled:<userId>` (absent: enabled). Both are few,
// so listing every one of them stays cheap with many accounts.
/** Each account's role and whether an operator disabled it. */
export class Standing {
  constructor(private readonly records: Records) {}

  async role(userId: string): Promise<AccountRole> {
    const bytes = await this.records.get(`role:${userId}`);
    return bytes ? RoleRecord.parse(bytesJson(bytes)).role : 'athlete';
  }

  async setRole(userId: string, role: AccountRole): Promise<void> {
    if (role === 'athlete') await this.records.batch([{ type: 'del', key: `role:${userId}` }]);
    else await this.records.put(`role:${userId}`, jsonBytes({ role }));
  }

  /** Every account with a role other than athlete. */
  async roles(): Promise<Map<string, AccountRole>> {
    const found = await this.records.scan('role:');
    return new Map(
      found.map(([key, value]) => [
        key.slice('role:'.length),
        RoleRecord.parse(bytesJson(value)).role,
      ]),
    );
  }

  async disabled(userId: string): Promise<Disabled | null> {
    const bytes = await this.records.get(`disabled:${userId}`);
    return bytes ? Disabled.parse(bytesJson(bytes)) : null;
  }

  async setDisabled(userId: string, by: string | null): Promise<void> {
    if (by === null) await this.records.batch([{ type: 'del', key: `disabled:${userId}` }]);
    else
      await this.records.put(`disabled:${userId}`, jsonBytes({ at: new Date().toISOString(), by }));
  }

  async disabledIds(): Promise<Set<string>> {
    const found = await this.records.scan('disabled:');
    return new Set(found.map(([key]) => key.slice('disabled:'.length)));
  }

  /** Removes both records (the account is being deleted). */
  forget(userId: string) {
    return [
      { type: 'del' as const, key: `role:${userId}` },
      { type: 'del' as const, key: `disabled:${userId}` },
    ];
  }
}
