import { z } from 'zod';
import type { Accounts } from '../accounts.ts';
import type { DocStorage, StorageSurvey } from '../doc-storage.ts';
import { bytesJson } from '../kv.ts';
import type { Records } from '../records.ts';
import { LastLogin } from './last-login-record.ts';

/** How many findings each check lists (the totals count them all). */
export const CHECK_LIMIT = 100;
const YEAR_MS = 365 * 86_400_000;
const DocSize = z.object({ bytes: z.number() });

export type DataCheckDeps = {
  records: Records;
  docs: DocStorage;
  accounts: Accounts;
  /** DATA_CHECK_DOC_BYTES: a document stored larger than this is listed. */
  dataCheckDocBytes: number;
  /** COMPACT_AFTER_UPDATES: a log at least this long should have been folded into a snapshot. */
  compactAfterUpdates: number;
};

export type DataChecks = {
  checkedAt: string;
  largeDocuments: {
    thresholdBytes: number;
    total: number;
    items: Array<{ name: string; bytes: number }>;
  };
  quarantined: { items: StorageSurvey['quarantined'] };
  uncompacted: { minUpdates: number; items: StorageSurvey['uncompacted'] };
  inactiveAccounts: {
    since: string;
    total: number;
    items: Array<{ userId: string; email: string | null; lastLoginAt: string; estimated: boolean }>;
  };
};

/** The console's data checks, read from the stores at `nowMs` (keys and sizes, never contents). */
export async function runDataChecks(deps: DataCheckDeps, nowMs: number): Promise<DataChecks> {
  const [large, survey, inactive] = await Promise.all([
    largeDocuments(deps.records, deps.dataCheckDocBytes),
    deps.docs.survey(deps.compactAfterUpdates, CHECK_LIMIT),
    inactiveAccounts(deps, nowMs - YEAR_MS),
  ]);
  return {
    checkedAt: new Date(nowMs).toISOString(),
    largeDocuments: {
      thresholdBytes: deps.dataCheckDocBytes,
      total: large.length,
      items: large.slice(0, CHECK_LIMIT),
    },
    quarantined: { items: survey.quarantined },
    uncompacted: { minUpdates: deps.compactAfterUpdates, items: survey.uncompacted },
    inactiveAccounts: inactive,
  };
}

async function largeDocuments(records: Records, thresholdBytes: number) {
  const sizes = await records.scan('docsize:');
  return sizes
    .map(([key, value]) => ({
      name: key.slice('docsize:'.length),
      bytes: DocSize.parse(bytesJson(value)).bytes,
    }))
    .filter((d) => d.bytes > thresholdBytes)
    .sort((a, b) => b.bytes - a.bytes);
}

async function inactiveAccounts(deps: DataCheckDeps, beforeMs: number) {
  const since = new Date(beforeMs).toISOString();
  const quiet = (await deps.records.scan('last-login:'))
    .map(([key, value]) => ({
      userId: key.slice('last-login:'.length),
      ...LastLogin.parse(bytesJson(value)),
    }))
    .filter((l) => l.at < since)
    .sort((a, b) => a.at.localeCompare(b.at));
  const items = await Promise.all(
    quiet.slice(0, CHECK_LIMIT).map(async (l) => ({
      userId: l.userId,
      email: (await deps.accounts.user(l.userId))?.email ?? null,
      lastLoginAt: l.at,
      estimated: l.estimated ?? false,
    })),
  );
  return { since, total: quiet.length, items };
}
