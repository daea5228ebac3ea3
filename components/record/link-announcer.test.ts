import { describe, expect, it } from 'vitest';
import type { ManagedDevice } from '@/lib/devices/manager/device-manager';
import { linkStatusText } from '../devices/device-list';
import { linkProblemText } from './link-announcer';

const strap: ManagedDevice = {
  id: 'a',
  name: 'HRM',
  kind: 'heart-rate',
  label: 'Heart-rate strap',
  state: 'connected',
  attempt: 0,
  batteryPct: 80,
};

describe('what the athlete is told about a link', () => {
  it('says nothing while all is well', () => {
    expect(linkProblemText(strap)).toBeNull();
    expect(linkStatusText(strap)).toBe('Connected');
  });

  it('names the device and the attempt while reconnecting, and reassures', () => {
    const reconnecting = { ...strap, state: 'reconnecting' as const, attempt: 2 };
    expect(linkProblemText(reconnecting)).toBe(
      'Heart-rate strap lost — reconnecting (attempt 2)… Recording goes on.',
    );
    expect(linkStatusText(reconnecting)).toBe('Link lost — reconnecting (attempt 2)…');
  });

  it('says what to do once the attempts are used up', () => {
    const lost = { ...strap, state: 'lost' as const };
    expect(linkProblemText(lost)).toMatch(/out of reach.*Try again/);
  });
});
