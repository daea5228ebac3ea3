import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import { judgeAwareness } from './awareness-guard.ts';

const limits = { perConnection: 2, perDoc: 4, stateBytes: 100 };

function update(entries: Array<[number, string]>): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const [id, state] of entries) {
    encoding.writeVarUint(encoder, id);
    encoding.writeVarUint(encoder, 1);
    encoding.writeVarString(encoder, state);
  }
  return encoding.toUint8Array(encoder);
}

describe('judging presence updates', () => {
  it('accepts new and own entries within the limits', () => {
    expect(judgeAwareness(update([[1, '{}']]), new Set(), new Set([9]), limits)).toEqual({
      ok: true,
    });
    expect(judgeAwareness(update([[1, 'null']]), new Set([1]), new Set([1, 9]), limits).ok).toBe(
      true,
    );
  });

  it.each([
    ['another connection’s entry', update([[9, '{}']]), new Set<number>(), 'not_yours'],
    [
      'more entries than a connection may hold',
      update([
        [1, '{}'],
        [2, '{}'],
        [3, '{}'],
      ]),
      new Set<number>(),
      'too_many',
    ],
    [
      'a state over the size limit',
      update([[1, JSON.stringify('x'.repeat(200))]]),
      new Set<number>(),
      'too_large',
    ],
    ['a truncated update', update([[1, '{}']]).slice(0, -1), new Set<number>(), 'malformed'],
  ])('refuses %s', (_label, bytes, mine, reason) => {
    expect(judgeAwareness(bytes, mine, new Set([9]), limits)).toEqual({ ok: false, reason });
  });

  it('refuses entries past the per-document limit', () => {
    const full = new Set([5, 6, 7, 8]);
    expect(judgeAwareness(update([[1, '{}']]), new Set(), full, limits)).toEqual({
      ok: false,
      reason: 'too_many',
    });
  });
});
