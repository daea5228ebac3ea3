import { describe, expect, it } from 'vitest';
import { intervalSession } from '@/engine/formats/test-support/interval-session';
import { importOne } from '@/engine/formats/test-support/import-one';
import { writeTcx } from '@/engine/formats/test-support/write-tcx';
import { activityPanels, paceDomain } from './activity-panels';
import { paceMode } from './pace-mode';

const session = importOne(writeTcx(intervalSession()));

describe('activity chart panels', () => {
  it('scales pace so the 3:40/km reps are inside the axis, read as m:ss, fast at the top', () => {
    const pace = activityPanels(session.streams, 'running', 'metric').find(
      (p) => p.key === 'pace',
    )!;
    expect(pace.title).toBe('Pace (/km)');
    expect(pace.invertY).toBe(true);
    const [fast, slow] = pace.yDomain;
    expect(fast).toBeLessThan(220 / 1.02);
    expect(slow).toBeGreaterThan(345);
    expect(pace.yTicks.map(pace.formatY).every((t) => /^\d+:\d\d$/.test(t))).toBe(true);
    expect(pace.formatValue(281)).toBe('4:41 /km');
  });

  it('does not let a one-sample GPS jump set the fast end', () => {
    const speed = Float32Array.from(session.streams.speedMps);
    speed[900] = 11;
    const domain = paceDomain(speed, paceMode('running', 'metric'))!;
    expect(domain[0]).toBeGreaterThan(200);
  });

  it('reads rowing per 500 m, cycling in km/h or mph', () => {
    expect(paceMode('rowing', 'imperial')).toMatchObject({ unit: '/500 m' });
    expect(paceMode('cycling', 'imperial')).toMatchObject({ kind: 'speed', unit: 'mph' });
    const hr = activityPanels(session.streams, 'running', 'metric').find((p) => p.key === 'hr')!;
    expect(hr.yDomain[0]).toBeLessThan(135);
    expect(hr.yDomain[1]).toBeGreaterThan(170);
  });
});
