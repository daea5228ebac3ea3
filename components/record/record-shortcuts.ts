/**
 * Keyboard shortcuts while recording: Space pauses or resumes, L marks a lap, F goes full screen,
 * Escape leaves it. None fires while the athlete types in a field, holds a modifier (the browser's
 * own shortcuts stay theirs), auto-repeats a held key, or has a dialog open. Space on a focused
 * button or link presses that control, as it always does.
 */
export type RecordShortcut = 'pause-or-resume' | 'lap' | 'full-screen' | 'leave-full-screen';

/** The listed keys, for `aria-keyshortcuts` and for the line that tells the athlete. */
export const SHORTCUT_KEYS: Record<RecordShortcut, string> = {
  'pause-or-resume': 'Space',
  lap: 'L',
  'full-screen': 'F',
  'leave-full-screen': 'Escape',
};

export type KeyPress = {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  repeat: boolean;
  /** What has focus: a field being typed in, a control Space presses, or anything else. */
  target: 'typing' | 'control' | 'other';
  inDialog: boolean;
};

export function shortcutFor(press: KeyPress): RecordShortcut | null {
  if (press.altKey || press.ctrlKey || press.metaKey || press.repeat) return null;
  if (press.target === 'typing' || press.inDialog) return null;
  switch (press.key) {
    case ' ':
      return press.target === 'control' ? null : 'pause-or-resume';
    case 'l':
    case 'L':
      return 'lap';
    case 'f':
    case 'F':
      return 'full-screen';
    case 'Escape':
      return 'leave-full-screen';
    default:
      return null;
  }
}

const TYPING_TAGS = new Set(['INPUT', 'TEXTAREA', 'SELECT']);
const CONTROL_TAGS = new Set(['BUTTON', 'A', 'SUMMARY']);

/** Sorts a focused element into what `shortcutFor` needs to know of it. */
export function focusKind(element: Element | null): KeyPress['target'] {
  if (!element) return 'other';
  if (TYPING_TAGS.has(element.tagName) || (element as HTMLElement).isContentEditable) {
    return 'typing';
  }
  return CONTROL_TAGS.has(element.tagName) ? 'control' : 'other';
}
