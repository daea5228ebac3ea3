import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addPlanToList,
  readPlanList,
  readProfile,
  saveSetupProgress,
  setProfileField,
} from './profile-doc';
import { profileDefaults } from './profile-schema';
import { syncReplicas } from './test-support';

describe('profile document', () => {
  it('reads defaults from an empty document without writing them', () => {
    const doc = new Y.Doc();
    expect(readProfile(doc)).toEqual(profileDefaults);
    expect(doc.getMap('profile').size).toBe(0);
  });

  it('reads an invalid stored value as its default and keeps unknown fields', () => {
    const doc = new Y.Doc();
    doc.getMap('profile').set('maxHrBpm', 'fast');
    doc.getMap('profile').set('futureField', 42);
    setProfileField(doc, 'units', 'imperial');
    expect(readProfile(doc)).toMatchObject({ maxHrBpm: null, units: 'imperial' });
    expect(doc.getMap('profile').get('futureField')).toBe(42);
  });

  it('refuses an out-of-range value with a message naming the field', () => {
    const doc = new Y.Doc();
    expect(() => setProfileField(doc, 'maxHrBpm', 400)).toThrow(/maxHrBpm/);
  });

  it('merges edits to different fields from two devices', () => {
    const phone = new Y.Doc();
    const laptop = new Y.Doc();
    setProfileField(phone, 'lthrBpm', 168);
    setProfileField(laptop, 'best2kS', 452);
    syncReplicas(phone, laptop);
    expect(readProfile(phone)).toEqual(readProfile(laptop));
    expect(readProfile(phone)).toMatchObject({ lthrBpm: 168, best2kS: 452 });
  });

  it('lists plans newest first', () => {
    const doc = new Y.Doc();
    addPlanToList(doc, { id: 'a', title: 'Spring 10k', createdAt: '2026-11-01T10:00:00Z' });
    addPlanToList(doc, { id: 'b', title: 'Winter 2k', createdAt: '2026-11-20T10:00:00Z' });
    expect(readPlanList(doc).map((p) => p.title)).toEqual(['Winter 2k', 'Spring 10k']);
  });
});

describe('first-run setup progress', () => {
  it('keeps earlier answers when a later step saves, and reads one bad answer as missing', () => {
    const doc = new Y.Doc();
    saveSetupProgress(doc, { step: 'goal', status: 'in-progress', answers: { sports: 'row' } });
    saveSetupProgress(doc, { step: 'week', answers: { goal: { sport: 'row', id: '2k' } } });
    const stored = doc.getMap('profile').get('setupAnswers') as Record<string, unknown>;
    doc.getMap('profile').set('setupAnswers', { ...stored, weeklyMin: 'lots' });
    const profile = readProfile(doc);
    expect(profile.setupStep).toBe('week');
    expect(profile.setupStatus).toBe('in-progress');
    expect(profile.setupAnswers).toMatchObject({
      sports: 'row',
      goal: { sport: 'row', id: '2k' },
      weeklyMin: null,
    });
  });

  it('reaches another device, which resumes at the same step', () => {
    const phone = new Y.Doc();
    const laptop = new Y.Doc();
    saveSetupProgress(phone, {
      step: 'numbers',
      status: 'in-progress',
      answers: { weeklyMin: 90 },
    });
    syncReplicas(phone, laptop);
    expect(readProfile(laptop)).toMatchObject({
      setupStep: 'numbers',
      setupAnswers: { weeklyMin: 90 },
    });
  });

  it('refuses a starting fitness out of range', () => {
    expect(() => setProfileField(new Y.Doc(), 'fitnessStartCtl', 900)).toThrow(/fitnessStartCtl/);
  });
});
