import { z } from 'zod';
import { jsonBytes } from '../kv.ts';
import type { RecordOp } from '../records.ts';

/** `last-login:<userId>`: when the account last signed in (written with each new login). */
export const LastLogin = z.object({ at: z.string(), estimated: z.boolean().optional() });
export const lastLoginKey = (userId: string) => `last-login:${userId}`;
export const lastLoginOp = (userId: string, at: string): RecordOp => ({
  type: 'put',
  key: lastLoginKey(userId),
  value: jsonBytes({ at }),
});
