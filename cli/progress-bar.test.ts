import { describe, expect, it } from 'vitest';
import { progressBar } from './progress-bar.ts';
import { captureIo } from './test-support/capture-io.ts';

describe('progress bar', () => {
  it('redraws one line on a terminal and ends it', () => {
    const io = captureIo(true);
    const bar = progressBar(io, 4);
    bar.tick(2);
    bar.end();
    expect(io.stderr).toBe(`\r[${'#'.repeat(15)}${'.'.repeat(15)}] 2/4 files\n`);
  });
  it('stays silent when stderr is not a terminal', () => {
    const io = captureIo(false);
    const bar = progressBar(io, 4);
    bar.tick(4);
    bar.end();
    expect(io.stderr).toBe('');
  });
});
