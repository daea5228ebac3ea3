/**
 * Plan controls a thumb can hit: at least 44 px tall (WCAG 2.5.5, Apple's 44 pt) on a phone or any
 * coarse pointer, their regular size on a wide screen with a mouse so the desktop stays compact.
 */
export const tallOnTouch = 'min-h-11 md:pointer-fine:min-h-0';

/** The same for a `<details>` summary; padding centres its line and keeps its disclosure marker. */
export const summaryOnTouch = 'min-h-11 py-2.5 md:pointer-fine:min-h-0 md:pointer-fine:py-0';
