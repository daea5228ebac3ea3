import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { User } from './accounts.ts';
import { ApiError } from './api-error.ts';
import { bytesJson, jsonBytes, openKv, type Kv } from './kv.ts';
import { levelRecords } from './records.ts';
import { Shares } from './shares.ts';
import { tempDir } from './test-support/relay-harness.ts';

let dir: string;
let db: Kv;
beforeAll(async () => {
  dir = await tempDir();
  db = await openKv(dir);
});
afterAll(async () => {
  await db.close();
  await rm(dir, { recursive: true, force: true });
});

const user = (id: string, email: string, athleteId: string): User => ({
  id,
  email,
  athleteId,
  passwordHash: 'unused',
  createdAt: new Date().toISOString(),
});

describe('invites', () => {
  it('expire after the configured days and cannot be accepted then', async () => {
    const shares = new Shares(levelRecords(db), {
      inviteTtlDays: 7,
      invitesPerHour: 10,
      onQuota: () => {},
    });
    const owner = user('o1', 'owner@example.com', '0b5e3f0c-8a0e-4c7e-9d38-5f1e2f9a7c11');
    const coach = user('c1', 'coach@example.com', '1b5e3f0c-8a0e-4c7e-9d38-5f1e2f9a7c11');
    const made = await shares.create(owner, owner.athleteId, 'viewer', coach.email);
    const days = (Date.parse(made.expiresAt ?? '') - Date.parse(made.createdAt)) / 86_400_000;
    expect(days).toBe(7);
    // Eight days later, as the store would hold it.
    const key = `share:${made.id}`;
    const stored = bytesJson((await db.get(key)) ?? new Uint8Array()) as Record<string, unknown>;
    await db.put(
      key,
      jsonBytes({ ...stored, expiresAt: new Date(Date.now() - 86_400_000).toISOString() }),
    );
    const error: unknown = await shares.accept(coach, made.token).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('invite_expired');
  });
});
