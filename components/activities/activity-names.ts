/** How the app names sports and activities, in one place for the list, the page and the editor. */

/** The sports an activity can be corrected to, as the engine names them. */
export const SPORT_CHOICES: ReadonlyArray<{ value: string; label: string }> = [
  { value: 'running', label: 'Running' },
  { value: 'rowing', label: 'Rowing' },
  { value: 'cycling', label: 'Cycling' },
  { value: 'swimming', label: 'Swimming' },
  { value: 'walking', label: 'Walking' },
  { value: 'hiking', label: 'Hiking' },
  { value: 'generic', label: 'Other' },
];

export function sportName(sport: string): string {
  const known = SPORT_CHOICES.find((c) => c.value === sport);
  if (known) return known.label;
  const words = sport.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The athlete's or the file's name, else the sport ("Running"). */
export function activityTitle(a: { title: string | null; sport: string }): string {
  return a.title ?? sportName(a.sport);
}
