import { describe, expect, it } from 'vitest';
import { chooseLoad } from './choose-load.ts';

describe('choosing the load method', () => {
  it('prefers power, then pace, then heart rate, and names the method', () => {
    expect(chooseLoad({ powerTss: 70, runningTss: 60, hrss: 50 })).toEqual({
      value: 70,
      method: 'power-tss',
    });
    expect(chooseLoad({ powerTss: null, runningTss: 60, hrss: 50 })).toEqual({
      value: 60,
      method: 'running-tss',
    });
    expect(chooseLoad({ powerTss: null, runningTss: null, hrss: 50 })).toEqual({
      value: 50,
      method: 'hrss',
    });
  });
  it('says "none" with no value when nothing is known', () => {
    expect(chooseLoad({ powerTss: null, runningTss: null, hrss: null })).toEqual({
      value: null,
      method: 'none',
    });
  });
});
