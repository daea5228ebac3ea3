import { describe, expect, it } from 'vitest';
import { peersOnWorkout, readPeers } from './peers';
import { initials, presenceColor } from './presence-color';
import { peerLabel, presenceText, weekdayName } from './presence-text';

const athlete = { id: 'athlete-1', name: 'Ada King', color: '#1d4ed8' };
const coach = { id: 'coach-1', name: 'Kim', color: '#b45309' };
const days: Record<string, string> = { 'w-tue': 'Tuesday', 'w-thu': 'Thursday' };
const dayOf = (id: string) => days[id] ?? null;

describe('reading presence', () => {
  it('lists the other people once each, the editing tab first, without the reader', () => {
    const states = new Map<number, Record<string, unknown>>([
      [10, { user: athlete, viewing: null }],
      [20, { user: coach, viewing: { workoutId: 'w-thu', editing: false } }],
      [30, { user: coach, viewing: { workoutId: 'w-tue', editing: true } }],
      [40, {}],
      [50, { user: { id: 'x', name: 'Bad', color: 'red' } }],
    ]);
    expect(readPeers(states, athlete.id)).toEqual([
      { ...coach, viewing: { workoutId: 'w-tue', editing: true } },
    ]);
    expect(readPeers(states, coach.id)).toEqual([{ ...athlete, viewing: null }]);
    expect(peersOnWorkout(readPeers(states, athlete.id), 'w-tue').map((p) => p.id)).toEqual([
      coach.id,
    ]);
    expect(peersOnWorkout(readPeers(states, athlete.id), 'w-thu')).toEqual([]);
  });

  it('says what the other side is doing, in their words', () => {
    const editing = { ...coach, viewing: { workoutId: 'w-tue', editing: true } };
    expect(presenceText([editing], athlete.id, athlete.id, dayOf)).toBe('Coach is editing Tuesday');
    const looking = { ...athlete, viewing: { workoutId: 'w-thu', editing: false } };
    expect(presenceText([looking], coach.id, athlete.id, dayOf)).toBe(
      'Ada King is looking at Thursday',
    );
    expect(presenceText([{ ...coach, viewing: null }], athlete.id, athlete.id, dayOf)).toBe(
      'Coach is here',
    );
    expect(presenceText([], athlete.id, athlete.id, dayOf)).toBeNull();
  });

  it('gives each person the same colour and initials everywhere', () => {
    expect(presenceColor('coach-1')).toBe(presenceColor('coach-1'));
    expect(presenceColor('coach-1')).toMatch(/^#[0-9a-f]{6}$/);
    const spread = new Set(Array.from({ length: 40 }, (_, i) => presenceColor(`user-${i}`)));
    expect(spread.size).toBeGreaterThan(4);
    expect(initials('Ada King')).toBe('AK');
    expect(initials('coach@example.com')).toBe('C');
    expect(initials('')).toBe('?');
  });
});

describe('naming days and people for the presence line', () => {
  it('names a calendar day by its weekday whatever the device zone, nothing for a non-date', () => {
    expect(weekdayName('2026-12-08')).toBe('Tuesday');
    expect(weekdayName('2026-12-08')).toBe(weekdayName('2026-12-15'));
    expect(weekdayName('2026-12-08')).not.toBe(weekdayName('2026-12-09'));
    expect(weekdayName('not a day')).toBeNull();
  });

  it('calls the coach "Coach" for the athlete and the athlete by name for the coach', () => {
    const peerCoach = { ...coach, viewing: null };
    const peerAthlete = { ...athlete, viewing: null };
    expect(peerLabel(peerCoach, athlete.id, athlete.id)).toBe('Coach');
    expect(peerLabel(peerAthlete, coach.id, athlete.id)).toBe('Ada King');
  });
});
