import { describe, expect, it } from 'vitest';
import { isInstallPromptEvent } from './install-prompt-event';

function eventWith(fields: Record<string, unknown>): Event {
  return Object.assign(new Event('beforeinstallprompt'), fields);
}

describe('isInstallPromptEvent', () => {
  it('accepts an event that can prompt and reports the choice', () => {
    const event = eventWith({
      prompt: () => Promise.resolve(),
      userChoice: Promise.resolve({ outcome: 'dismissed' }),
    });
    expect(isInstallPromptEvent(event)).toBe(true);
  });

  it('refuses a bare event, so the install button never shows without a prompt behind it', () => {
    expect(isInstallPromptEvent(new Event('beforeinstallprompt'))).toBe(false);
  });

  it('refuses an event whose prompt is not a function', () => {
    const event = eventWith({
      prompt: 'yes',
      userChoice: Promise.resolve({ outcome: 'accepted' }),
    });
    expect(isInstallPromptEvent(event)).toBe(false);
  });

  it('refuses an event without a userChoice promise', () => {
    expect(isInstallPromptEvent(eventWith({ prompt: () => Promise.resolve() }))).toBe(false);
  });
});
