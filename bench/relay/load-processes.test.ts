import { describe, expect, it } from 'vitest';
import { assign } from './load-processes.ts';

const docs = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ name: `a${i}/journal`, token: null }));

describe('assign', () => {
  it('gives every client a document, evenly, and keeps each document in one process', () => {
    const plan = {
      kind: 'y-websocket',
      serverUrls: ['ws://127.0.0.1:1'],
      docs: docs(3),
      clients: 11,
    } as const;
    const split = assign({ ...plan, workers: 2, connectTimeoutMs: 1000 });
    expect(split.map((p) => p.map((d) => [d.name, d.clients]))).toEqual([
      [
        ['a0/journal', 4],
        ['a2/journal', 3],
      ],
      [['a1/journal', 4]],
    ]);
  });

  it('starts no idle process when there are fewer documents than processes', () => {
    const plan = {
      kind: 'hocuspocus',
      serverUrls: ['ws://127.0.0.1:1'],
      docs: docs(1),
      clients: 5,
    } as const;
    expect(assign({ ...plan, workers: 4, connectTimeoutMs: 1000 })).toHaveLength(1);
  });
});
