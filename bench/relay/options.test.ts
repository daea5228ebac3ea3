import { describe, expect, it } from 'vitest';
import { parseOptions } from './options.ts';

describe('parseOptions', () => {
  it('defaults to the 2-core size: 500 clients, 50 documents, 30 s, every server, a fault run', () => {
    const o = parseOptions([], {});
    expect([o.clients, o.docs, o.seconds, o.faultSeconds]).toEqual([500, 50, 30, 15]);
    expect(o.targets).toEqual(['ours', 'reference', 'hocuspocus', 'pair']);
  });

  it('takes BENCH_* variables, with flags winning over them', () => {
    const o = parseOptions(['--clients', '100', '--seconds', '5'], {
      BENCH_CLIENTS: '300',
      BENCH_DOCS: '10',
      BENCH_TARGETS: 'ours,reference',
    });
    expect([o.clients, o.docs, o.seconds]).toEqual([100, 10, 5]);
    expect(o.targets).toEqual(['ours', 'reference']);
  });

  it('refuses unknown servers, unknown flags and documents with a single client', () => {
    expect(() => parseOptions(['--targets', 'ours,yhub'], {})).toThrow(/targets/);
    expect(() => parseOptions(['--client', '3'], {})).toThrow(/Unknown option/);
    expect(() => parseOptions(['--clients', '15', '--docs', '10'], {})).toThrow(/two clients/);
  });
});
