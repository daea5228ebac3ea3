import { COMMON_BASES, KEYBOARD_WALKS } from './common-passwords.ts';

export const MIN_PASSWORD_LENGTH = 10;

export type PasswordProblem =
  | { type: 'TooShort'; minLength: number }
  | { type: 'Repetitive' }
  | { type: 'Common' }
  | { type: 'ContainsEmail' };

// Digits and symbols read as the letters they stand in for ("p@ssw0rd").
const LOOKALIKES: Record<string, string> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '8': 'b',
  '@': 'a',
  $: 's',
  '!': 'i',
};

/** What is wrong with a new password, or null when it may be used (checked locally, nothing sent). */
export function passwordProblem(password: string, email: string): PasswordProblem | null {
  if ([...password].length < MIN_PASSWORD_LENGTH)
    return { type: 'TooShort', minLength: MIN_PASSWORD_LENGTH };
  const lower = password.toLowerCase();
  const compact = lower.replace(/\s+/g, '');
  if (new Set(compact).size < 4 || isWalk(compact)) return { type: 'Repetitive' };
  if (isCommon(lower)) return { type: 'Common' };
  const local = email.toLowerCase().split('@')[0] ?? '';
  if (local.length >= 4 && lettersOf(lower).replace(lettersOf(local), '').length < 4)
    return { type: 'ContainsEmail' };
  return null;
}

/** The sentence people see for a problem. */
export function describeProblem(problem: PasswordProblem): string {
  switch (problem.type) {
    case 'TooShort':
      return `Choose a password of at least ${problem.minLength} characters; a few words together work well.`;
    case 'Repetitive':
      return 'That password repeats or follows the keyboard; a few unrelated words work well.';
    case 'Common':
      return 'That password is one of the most common ones; a few unrelated words work well.';
    case 'ContainsEmail':
      return 'That password is mostly your email address; a few unrelated words work well.';
  }
}

function lettersOf(text: string): string {
  return [...text]
    .map((c) => LOOKALIKES[c] ?? c)
    .join('')
    .replace(/[^\p{L}]/gu, '');
}

/** Its letters (look-alikes read as letters) are a common base, with only digits or symbols around. */
function isCommon(lower: string): boolean {
  const core = lower.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
  const letters = lettersOf(core);
  if (COMMON_BASES.has(letters) || COMMON_BASES.has(lettersOf(lower))) return true;
  // The same base twice or more ("monkeymonkey").
  for (let size = 3; size <= letters.length / 2; size++) {
    if (
      letters.length % size === 0 &&
      letters.slice(0, size).repeat(letters.length / size) === letters
    )
      return true;
  }
  return false;
}

/** A run along the keyboard or the alphabet, in either direction. */
function isWalk(compact: string): boolean {
  return KEYBOARD_WALKS.some((walk) => walk.includes(compact));
}
