import { describe, expect, it } from 'vitest';
import { intervalSession } from '@/engine/formats/test-support/interval-session';
import { importOne } from '@/engine/formats/test-support/import-one';
import { writeTcx } from '@/engine/formats/test-support/write-tcx';
import { activityPanels, paceDomain, timeTicks } from './activity-panels';
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

  it('keeps 15 s strides inside the pace axis and reads every pace as m:ss', () => {
    // An easy hour at 3 m/s with six 15 s strides at 6 m/s (2:47 /km) near the end.
    const speed = new Float32Array(3600).fill(3);
    for (let k = 0; k < 6; k++) speed.fill(6, 3000 + k * 60, 3015 + k * 60);
    const mode = paceMode('running', 'metric');
    const [fast] = paceDomain(speed, mode)!;
    expect(fast).toBeLessThanOrEqual(1000 / 6);
    const timeS = Float64Array.from(speed, (_, i) => i);
    const pace = activityPanels(
      { ...session.streams, timeS, speedMps: speed },
      'running',
      'metric',
    ).find((p) => p.key === 'pace')!;
    expect(pace.formatY(166.67)).toBe('2:47');
    expect(pace.formatValue(219.6)).toBe('3:40 /km');
    expect(pace.yTicks.map(pace.formatY).every((t) => /^\d+:[0-5]\d$/.test(t))).toBe(true);
  });

  it('ends the time axis at the real duration, labelled, with no round tick crowding it', () => {
    const ticks = timeTicks([0, 2712], 360);
    expect(ticks[0]).toBe(0);
    expect(ticks.at(-1)).toBe(2712);
    const step = ticks[1]! - ticks[0]!;
    expect(2712 - ticks.at(-2)!).toBeGreaterThanOrEqual(step * 0.8);
    expect(timeTicks([0, 3600], 360).at(-1)).toBe(3600);
    expect(timeTicks([600, 900], 360).at(-1)).toBe(900);
  });
});
