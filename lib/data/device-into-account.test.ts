import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { storedDocNames } from '@/lib/store/stored-docs';
import { addPlan, athleteView, importRun } from '@/lib/store/test-support-athlete';
import { deviceTraining, forgetDeviceAthlete, mergeDeviceIntoAccount } from './device-into-account';

describe('signing in on a device that has training of its own', () => {
  it('counts the device’s sessions and plans, merges them, then forgets the device copies', async () => {
    const device = crypto.randomUUID();
    const account = crypto.randomUUID();
    await importRun(device, '2026-11-10T07:00:00Z');
    await importRun(device, '2026-11-11T07:00:00Z');
    await addPlan(device, crypto.randomUUID(), 'Device plan');
    await importRun(account, '2026-11-01T07:00:00Z');

    const progress: number[] = [];
    const training = await mergeDeviceIntoAccount(device, account, ({ done }) =>
      progress.push(done),
    );
    expect(training).toEqual({ sessions: 2, plans: 1 });
    expect(progress.at(-1)).toBe((await storedDocNames(device)).length);

    await forgetDeviceAthlete(device);
    expect(await storedDocNames(device)).toEqual([]);
    const view = await athleteView(account);
    expect(view.activities).toHaveLength(3);
    expect(view.plans.map((p) => p.title)).toEqual(['Device plan']);
  });

  it('counts nothing on a device that was never used', async () => {
    expect(await deviceTraining(crypto.randomUUID())).toEqual({ sessions: 0, plans: 0 });
  });
});
