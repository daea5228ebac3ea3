import { describe, expect, it } from 'vitest';
import { addDays } from '@/engine/plan/calendar-date';
import { historyVolume } from './history-volume';
import { doneActivity } from './test-support';

const today = '2027-02-01';
const ago = (days: number, durationMin: number, sport: 'run' | 'row' = 'row') =>
  doneActivity({ date: addDays(today, -days), durationMin, sport, activityId: `a${days}` });

describe('weekly minutes from the history the app holds', () => {
  it('divides two rows over three weeks of history by three, not four', () => {
    expect(historyVolume([ago(19, 30), ago(5, 30)], 'row', today)).toEqual({
      kind: 'enough',
      weeklyMin: 20,
      longestMin: 30,
      weeks: 3,
      sessions: 2,
    });
  });

  it('says history is too short when it spans under two weeks, and asks', () => {
    expect(historyVolume([ago(6, 20), ago(2, 25)], 'row', today)).toEqual({
      kind: 'short',
      sessions: 2,
      totalMin: 45,
      days: 6,
    });
  });

  it('uses four weeks once the app holds more, whatever sport came first', () => {
    const done = [ago(60, 40, 'run'), ago(20, 30), ago(10, 50), ago(3, 40)];
    expect(historyVolume(done, 'row', today)).toMatchObject({
      weeklyMin: 30,
      weeks: 4,
      longestMin: 50,
    });
  });

  it('has nothing to say without the sport in the last four weeks', () => {
    expect(historyVolume([ago(40, 30), ago(3, 30, 'run')], 'row', today)).toEqual({ kind: 'none' });
    expect(historyVolume([], 'run', today)).toEqual({ kind: 'none' });
  });
});
