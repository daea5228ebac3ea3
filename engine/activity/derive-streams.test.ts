import { describe, expect, it } from 'vitest';
import { createStreamBuilder } from './stream-builder.ts';
import { withDerivedSpeed, withTrackDistance } from './derive-streams.ts';

const deriveMissingStreams = (s: ReturnType<ReturnType<typeof createStreamBuilder>['build']>) =>
  withDerivedSpeed(withTrackDistance(s));

describe('deriving missing streams', () => {
  it('adds track distance and speed to a GPS-only recording', () => {
    const builder = createStreamBuilder();
    for (let t = 0; t <= 10; t++)
      builder.push({ timeS: t, latitudeDeg: 45 + t * 0.00003, longitudeDeg: 7 });
    const streams = deriveMissingStreams(builder.build());
    expect(streams.distanceM[10]).toBeCloseTo(33.36, 1);
    expect(streams.speedMps[5]).toBeCloseTo(3.336, 2);
  });
  it('does not count the straight line into a new track segment', () => {
    const builder = createStreamBuilder();
    for (let t = 0; t <= 10; t++)
      builder.push({
        timeS: t,
        latitudeDeg: 45 + t * 0.00003 + (t > 5 ? 0.1 : 0),
        longitudeDeg: 7,
      });
    const streams = withTrackDistance(builder.build(), new Set([6]));
    expect(streams.distanceM[10]).toBeCloseTo(30.02, 1);
  });
  it('keeps the distance and speed a file gives', () => {
    const builder = createStreamBuilder();
    builder.push({ timeS: 0, distanceM: 0, speedMps: 9, latitudeDeg: 45, longitudeDeg: 7 });
    builder.push({ timeS: 1, distanceM: 5, speedMps: 9, latitudeDeg: 46, longitudeDeg: 7 });
    const streams = deriveMissingStreams(builder.build());
    expect(streams.distanceM[1]).toBe(5);
    expect(streams.speedMps[1]).toBe(9);
  });
});
