import { describe, expect, it } from 'vitest';
import { LOAD_RATIO_EXPLAINED, loadRatioBand, loadRatioSentence } from './load-ratio-words';

describe('load ratio in words', () => {
  it('puts each ratio in its band at the edges', () => {
    expect([0.62, 0.8, 1.3, 1.31, 1.5, 1.51].map(loadRatioBand)).toEqual([
      'lower',
      'usual',
      'usual',
      'rising',
      'rising',
      'sharp',
    ]);
  });

  it('says what 0.62 means without judging the athlete', () => {
    const text = loadRatioSentence(0.62);
    expect(text).toMatch(/^Load ratio 0\.62: less than you are used to/);
    expect(text).not.toMatch(/should|must|too little/i);
  });

  it('says the ratio is not meaningful yet under four weeks of history, or with none', () => {
    expect(loadRatioSentence(0.73, 22)).toBe(
      'Load ratio 0.73: not meaningful yet — it compares this week with your last four, and your history here is 22 days so far.',
    );
    expect(loadRatioSentence(null)).toMatch(
      /^Load ratio: not meaningful yet .* not enough history here yet\.$/,
    );
    expect(loadRatioSentence(1.6, 1)).toMatch(/is 1 day so far\.$/);
    expect(loadRatioSentence(0.73, 28)).toMatch(/less than you are used to/);
  });

  it('names the ratio, the usual range and what above 1.5 means', () => {
    expect(LOAD_RATIO_EXPLAINED).toMatch(/acute : chronic/);
    expect(LOAD_RATIO_EXPLAINED).toMatch(/0\.8 to 1\.3/);
    expect(LOAD_RATIO_EXPLAINED).toMatch(/above 1\.5/);
  });
});
