'use client';

import { useEffect, useRef } from 'react';
import { heartRateZonesFromLthr, heartRateZonesFromReserve } from '@/engine/zones/heart-rate-zones';
import type { Zone } from '@/engine/zones/zone';
import type { RecordSession, SessionPhase } from '@/lib/devices/recorder/record-session';
import type { Profile } from '@/lib/store/profile-schema';
import { syncUrl } from '@/lib/sync/relay-attachment';
import { currentSession, useSession } from '@/lib/sync/session';
import { openLiveChannel, type LiveChannel } from './live-channel';
import { liveStateFrom } from './live-from-recording';

const PUBLISH_EVERY_MS = 1_000;
/** How long a finished session stays on the coach's screen as "finished" before the channel closes. */
const LINGER_AFTER_SAVE_MS = 10_000;

/** The athlete's heart-rate zones as the Record screen would judge them; none without settings. */
export function zonesOf(profile: Profile): Zone[] {
  if (profile.lthrBpm) return heartRateZonesFromLthr(profile.lthrBpm);
  if (profile.restHrBpm && profile.maxHrBpm)
    return heartRateZonesFromReserve(profile.restHrBpm, profile.maxHrBpm);
  return [];
}

function tokenNow(): string | null {
  return currentSession()?.accessToken ?? null;
}

/**
 * While a signed-in athlete records, their live numbers go out once a second on their live
 * channel for the coaches they shared it with; when the session is saved, the last state says
 * "finished" with the saved activity's id. Signed out, nothing is sent.
 */
export function useLivePublishing(
  session: RecordSession | null,
  phase: SessionPhase,
  savedActivityId: string | null,
  profile: Profile,
): void {
  const account = useSession();
  const athleteId = account?.athleteId ?? null;
  const name = profile.name || account?.email || 'Athlete';
  const channelRef = useRef<LiveChannel | null>(null);
  const seqRef = useRef(0);
  const zones = zonesOf(profile);
  const zonesKey = JSON.stringify(zones);

  const recording = phase === 'recording' && session?.recorder != null;
  useEffect(() => {
    if (!recording || !session || athleteId === null) return;
    const channel = openLiveChannel({ url: syncUrl(), athleteId, token: tokenNow });
    channelRef.current = channel;
    const parsedZones = JSON.parse(zonesKey) as Zone[];
    const send = () => {
      const recorder = session.recorder;
      if (!recorder) return;
      channel.publish(
        liveStateFrom({
          name,
          sport: recorder.sport,
          numbers: recorder.snapshot(),
          guidance: session.guidance?.snapshot() ?? null,
          zones: parsedZones,
          activityId: null,
          finished: session.phase() === 'finished',
          nowMs: Date.now(),
          seq: seqRef.current++,
        }),
      );
    };
    send();
    const timer = setInterval(send, PUBLISH_EVERY_MS);
    const stopOnFinish = session.subscribe(() => {
      if (session.phase() === 'finished') {
        clearInterval(timer);
        send();
      }
    });
    return () => {
      clearInterval(timer);
      stopOnFinish();
      // A finished session keeps its channel a little longer to say where it was saved.
      if (session.phase() !== 'finished') {
        channel.close();
        if (channelRef.current === channel) channelRef.current = null;
      }
    };
  }, [recording, session, athleteId, name, zonesKey]);

  useEffect(() => {
    const channel = channelRef.current;
    const recorder = session?.recorder;
    if (!channel || !recorder || savedActivityId === null) return;
    channel.publish(
      liveStateFrom({
        name,
        sport: recorder.sport,
        numbers: recorder.snapshot(),
        guidance: null,
        zones: [],
        activityId: savedActivityId,
        finished: true,
        nowMs: Date.now(),
        seq: seqRef.current++,
      }),
    );
    const closing = setTimeout(() => {
      channel.close();
      if (channelRef.current === channel) channelRef.current = null;
    }, LINGER_AFTER_SAVE_MS);
    return () => clearTimeout(closing);
  }, [savedActivityId, session, name]);
}
