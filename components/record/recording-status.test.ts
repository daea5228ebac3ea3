import { describe, expect, it } from 'vitest';
import { saveStateText } from './recording-status';

describe('how a recording is being kept, in words', () => {
  it('says it is saved as it goes once the first seconds are on the device, never counting chunks', () => {
    expect(saveStateText({ chunksWritten: 0, journalError: null })).toBe('Saving on this device…');
    expect(saveStateText({ chunksWritten: 37, journalError: null })).toBe(
      'Saved on this device as you go',
    );
  });

  it('says plainly when the device refused a write, and that recording goes on', () => {
    const text = saveStateText({
      chunksWritten: 3,
      journalError: 'The last few seconds could not be saved to this device (QuotaExceededError).',
    });
    expect(text).toMatch(/could not be saved .* Recording goes on; Splits keeps trying\.$/);
    expect(text).not.toMatch(/chunk/);
  });
});
