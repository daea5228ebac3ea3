import { describe, expect, it } from 'vitest';
import { passwordProblem } from './password-policy.ts';

const email = 'sam.runner@example.com';

describe('password policy', () => {
  it.each([
    ['12345678', 'TooShort'],
    ['password', 'TooShort'],
    ['        ', 'TooShort'],
    ['          ', 'Repetitive'],
    ['aaaaaaaaaaaa', 'Repetitive'],
    ['abababababab', 'Repetitive'],
    ['1234567890', 'Repetitive'],
    ['qwertyuiop', 'Repetitive'],
    ['1q2w3e4r5t', 'Repetitive'],
    ['password123', 'Common'],
    ['Password2024!', 'Common'],
    ['P@ssw0rd1234', 'Common'],
    ['marathon2026', 'Common'],
    ['monkeymonkey', 'Common'],
    ['samrunner1990', 'ContainsEmail'],
  ])('refuses %j (%s)', (password, type) => {
    expect(passwordProblem(password, email)?.type).toBe(type);
  });

  it.each(['correct horse battery', 'plum tractor ocean', 'Rowing at dawn in fog', 'k7#Qm2!vXz9p'])(
    'accepts %j',
    (password) => {
      expect(passwordProblem(password, email)).toBeNull();
    },
  );
});
