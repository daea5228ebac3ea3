'use client';

import type { ManagedDevice } from '@/lib/devices/manager/device-manager';
import { pm5OutcomeText } from '@/lib/devices/pm5/messages';
import type { RecordSession } from '@/lib/devices/recorder/record-session';
import { DeviceList } from './device-list';
import { PairDevices } from './pair-devices';

type Props = {
  session: RecordSession;
  devices: ManagedDevice[];
  /** Pairing is offered before recording only; the list (retry, remove) always. */
  pairing: boolean;
  onProblem: (text: string | null) => void;
};

/**
 * The devices of this session — with what a rowing monitor was sent to row, if anything — and
 * before recording the ways to pair more.
 */
export function DevicesSection({ session, devices, pairing, onProblem }: Props) {
  return (
    <section aria-labelledby="devices-title" className="space-y-3">
      <h2 id="devices-title" className="text-xl font-semibold">
        Devices
      </h2>
      {session.pm5Program && (
        <p role="status" data-testid="pm5-program">
          {pm5OutcomeText(session.pm5Program)}
        </p>
      )}
      <DeviceList
        devices={devices}
        onRetry={(id) => session.manager.retry(id)}
        onRemove={(id) => void session.manager.remove(id)}
        onDropLink={session.demoLinkDropper()}
      />
      {pairing && <PairDevices session={session} onProblem={onProblem} />}
    </section>
  );
}
