/**
 * A person's colour, the same on every screen: picked from their id out of a palette whose
 * colours all keep at least 3:1 contrast against white and the dark background (WCAG 1.4.11).
 */
const palette = [
  '#1d4ed8',
  '#b45309',
  '#047857',
  '#be123c',
  '#7c3aed',
  '#0e7490',
  '#a21caf',
  '#4d7c0f',
];

export function presenceColor(userId: string): string {
  let hash = 2166136261;
  // FNV-1a: a quick, evenly spread hash of the id's characters.
  for (let i = 0; i < userId.length; i++) {
    hash ^= userId.charCodeAt(i);
    hash = Math.imul(hash, 16777619);
  }
  return palette[(hash >>> 0) % palette.length]!;
}

/** "AK" for "Ada King", "C" for "coach@example.com". */
export function initials(name: string): string {
  const words = name
    .replace(/@.*$/, '')
    .split(/[\s._-]+/)
    .filter(Boolean);
  const letters = words.length > 1 ? [words[0]![0], words[words.length - 1]![0]] : [words[0]?.[0]];
  return letters.filter(Boolean).join('').toUpperCase() || '?';
}
