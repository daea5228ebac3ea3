import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import {
  connect,
  destroyAll,
  register,
  startTestRelay,
  synced,
  type Client,
  type TestRelay,
} from '@/sync-server/test-support/relay-harness';
import { startRedis } from '@/sync-server/test-support/redis-server';
import { shareWith } from '@/sync-server/test-support/sharing';
import type { LiveEntry } from './live-board';
import { openLiveChannel, type LiveChannel } from './live-channel';
import { liveChannelName, type LiveState } from './live-state';
import { LiveTeam } from './live-team';

// A live team session across two relays that share one Redis: athletes publish on relay A, the
// coach watches on relay B. Awareness crosses relays through Redis, and nothing is stored.

let redis: Awaited<ReturnType<typeof startRedis>>;
let a: TestRelay;
let b: TestRelay;
const clients: Client[] = [];
const channels: LiveChannel[] = [];
const polyfill = WebSocket as unknown as typeof globalThis.WebSocket;

beforeAll(async () => {
  redis = await startRedis();
  const shared = {
    REDIS_URL: redis.url,
    JWT_SECRET: 'one secret for every relay, at least 32 characters',
    DOC_IDLE_MS: '50',
  };
  a = await startTestRelay(shared);
  b = await startTestRelay(shared);
});
afterAll(async () => {
  channels.forEach((c) => c.close());
  destroyAll(clients);
  await a.close();
  await b.close();
  await redis.stop();
});

function liveState(name: string, seq: number, distanceM: number): LiveState {
  return {
    v: 1,
    name,
    sport: 'rowing',
    phase: 'recording',
    activeS: seq,
    distanceM,
    speedMps: 4,
    powerW: 180,
    cadence: 24,
    heartRateBpm: 150,
    hrZone: 3,
    hrZoneName: 'Z3',
    step: null,
    linksDown: [],
    activityId: null,
    sentAtMs: 1_700_000_000_000 + seq,
    seq,
  };
}

function until(team: LiveTeam, test: (entries: LiveEntry[]) => boolean): Promise<LiveEntry[]> {
  return new Promise((resolve) => {
    const check = () => {
      if (!test(team.snapshot())) return;
      stop();
      resolve(team.snapshot());
    };
    const stop = team.subscribe(check);
    check();
  });
}

describe('live team session over two relays and Redis', () => {
  it("shows each athlete's numbers on the coach's screen, then the link lost, storing nothing", async () => {
    const ada = await register(a.http);
    const ben = await register(a.http);
    const coach = await shareWith(
      a.http,
      ada.accessToken,
      liveChannelName(ada.athleteId),
      'viewer',
    );
    const invite = await fetch(`${a.http}/api/shares`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${ben.accessToken}` },
      body: JSON.stringify({ prefix: ben.athleteId, role: 'viewer', email: coach.email }),
    });
    const { token } = (await invite.json()) as { token: string };
    const accepted = await fetch(`${b.http}/api/shares/accept`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${coach.accessToken}` },
      body: JSON.stringify({ token }),
    });
    expect(accepted.status).toBe(200);

    const team = new LiveTeam({
      url: b.ws,
      token: () => coach.accessToken,
      WebSocketPolyfill: polyfill,
    });
    team.follow([ada.athleteId, ben.athleteId]);
    const adaChannel = openLiveChannel({
      url: a.ws,
      athleteId: ada.athleteId,
      token: () => ada.accessToken,
      WebSocketPolyfill: polyfill,
    });
    const benChannel = openLiveChannel({
      url: a.ws,
      athleteId: ben.athleteId,
      token: () => ben.accessToken,
      WebSocketPolyfill: polyfill,
    });
    channels.push(adaChannel, benChannel);

    for (let seq = 1; seq <= 3; seq++) {
      adaChannel.publish(liveState('Ada', seq, seq * 10));
      benChannel.publish(liveState('Ben', seq, seq * 20));
      await until(team, (entries) => entries.filter((e) => e.state.seq === seq).length === 2);
    }
    const byName = new Map(team.snapshot().map((e) => [e.state.name, e]));
    expect(byName.get('Ada')).toMatchObject({
      athleteId: ada.athleteId,
      present: true,
      state: { distanceM: 30 },
    });
    expect(byName.get('Ben')).toMatchObject({
      athleteId: ben.athleteId,
      present: true,
      state: { distanceM: 60 },
    });

    adaChannel.close();
    const after = await until(team, (entries) =>
      entries.some((e) => e.state.name === 'Ada' && !e.present),
    );
    expect(after.find((e) => e.state.name === 'Ben')?.present).toBe(true);
    team.follow([]);

    // The live channel's document holds nothing, on either relay.
    for (const relay of [a, b]) {
      const reader = connect(
        relay.ws,
        liveChannelName(ben.athleteId),
        ben.accessToken,
        new Y.Doc(),
      );
      clients.push(reader);
      await synced(reader.provider);
      expect(Y.encodeStateAsUpdate(reader.doc).byteLength).toBeLessThanOrEqual(2);
    }
  });
});
