import { describe, expect, it } from 'vitest';
import { shortcutFor, type KeyPress } from './record-shortcuts';

const press = (key: string, more: Partial<KeyPress> = {}): KeyPress => ({
  key,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  repeat: false,
  target: 'other',
  inDialog: false,
  ...more,
});

describe('recording shortcuts', () => {
  it('maps Space, L, F and Escape', () => {
    expect(shortcutFor(press(' '))).toBe('pause-or-resume');
    expect(shortcutFor(press('l'))).toBe('lap');
    expect(shortcutFor(press('L'))).toBe('lap');
    expect(shortcutFor(press('f'))).toBe('full-screen');
    expect(shortcutFor(press('Escape'))).toBe('leave-full-screen');
    expect(shortcutFor(press('x'))).toBeNull();
  });

  it('never fires while typing, in a dialog, with a modifier or on a held key', () => {
    expect(shortcutFor(press('l', { target: 'typing' }))).toBeNull();
    expect(shortcutFor(press(' ', { target: 'typing' }))).toBeNull();
    expect(shortcutFor(press('Escape', { inDialog: true }))).toBeNull();
    expect(shortcutFor(press('l', { ctrlKey: true }))).toBeNull();
    expect(shortcutFor(press('f', { metaKey: true }))).toBeNull();
    expect(shortcutFor(press('l', { altKey: true }))).toBeNull();
    expect(shortcutFor(press(' ', { repeat: true }))).toBeNull();
  });

  it('leaves Space to a focused button, which it presses anyway', () => {
    expect(shortcutFor(press(' ', { target: 'control' }))).toBeNull();
    expect(shortcutFor(press('l', { target: 'control' }))).toBe('lap');
  });
});
