/**
 * GPX <type> and TCX Sport="" are free text or a short list ("Running", "Biking", "Other"); we map
 * the common labels onto FIT sport names so every format reports sport the same way.
 */
const SPORTS: ReadonlyArray<[RegExp, string]> = [
  [/^(run|running|trail[ _]?running|treadmill)$/i, 'running'],
  [/^(row|rowing|indoor[ _]?rowing|erg)$/i, 'rowing'],
  [/^(bike|biking|cycling|ride|road[ _]?biking)$/i, 'cycling'],
  [/^(walk|walking)$/i, 'walking'],
  [/^(hike|hiking)$/i, 'hiking'],
  [/^(swim|swimming)$/i, 'swimming'],
];

export function sportFromLabel(label: string | undefined): string {
  const trimmed = label?.trim() ?? '';
  return SPORTS.find(([pattern]) => pattern.test(trimmed))?.[1] ?? 'generic';
}
