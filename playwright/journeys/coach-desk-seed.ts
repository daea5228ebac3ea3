import type { APIRequestContext } from '@playwright/test';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { grantsForChoice } from '../../lib/sharing/share-scopes';
import { addPlanToList, setProfileField } from '../../lib/store/profile-doc';
import { password } from './coach-support';
import { expect } from './fixtures';

export type Account = { email: string; athleteId: string; accessToken: string };

/** An account made through the relay's API, as the Account screen makes it. */
export async function registered(request: APIRequestContext, email: string): Promise<Account> {
  const res = await request.post('/api/auth/register', { data: { email, password } });
  expect(res.status()).toBe(201);
  const session = (await res.json()) as { athleteId: string; accessToken: string };
  return { email, athleteId: session.athleteId, accessToken: session.accessToken };
}

/** The athlete shares what the invite form shares by default (plan to edit, the rest to read). */
export async function shareEverything(
  request: APIRequestContext,
  athlete: Account,
  coach: Account,
) {
  const grants = grantsForChoice(athlete.athleteId, {
    plan: 'editor',
    activities: true,
    journal: true,
    fitness: true,
  });
  for (const grant of grants) {
    const invite = await request.post('/api/shares', {
      headers: { authorization: `Bearer ${athlete.accessToken}` },
      data: { ...grant, email: coach.email },
    });
    expect(invite.status()).toBe(201);
    const { token } = (await invite.json()) as { token: string };
    const accepted = await request.post('/api/shares/accept', {
      headers: { authorization: `Bearer ${coach.accessToken}` },
      data: { token },
    });
    expect(accepted.status()).toBe(200);
  }
}

/**
 * Writes the athlete's name and one plan into their profile through the relay (an unmodified
 * y-websocket client, as another device of theirs would), and waits until the relay serves it.
 */
export async function profileOnRelay(wsBase: string, athlete: Account, name: string) {
  const docName = `${athlete.athleteId}/profile`;
  const connect = (doc: Y.Doc) =>
    new WebsocketProvider(wsBase, docName, doc, {
      params: { token: athlete.accessToken },
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      disableBc: true,
    });
  const doc = new Y.Doc();
  const writer = connect(doc);
  setProfileField(doc, 'name', name);
  addPlanToList(doc, {
    id: crypto.randomUUID(),
    title: `${name}'s plan`,
    createdAt: new Date().toISOString(),
  });
  const reader = new Y.Doc();
  const check = connect(reader);
  await new Promise<void>((resolve) => {
    const look = () => {
      if (reader.getMap('profile').get('name') !== name) return;
      reader.off('update', look);
      resolve();
    };
    reader.on('update', look);
    look();
  });
  for (const p of [writer, check]) p.destroy();
}
