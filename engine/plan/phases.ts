/**
 * Periodization: base, build, peak, taper, with a lighter week every 4th week (every 3rd for
 * beginners), the classic 3:1 / 2:1 loading pattern (Bompa & Haff, "Periodization", 5th ed. 2009).
 */
export type Phase = 'base' | 'build' | 'peak' | 'taper';

export type WeekShape = { phase: Phase; lighter: boolean };

export function planPhases(
  totalWeeks: number,
  taperWeeks: number,
  lighterEvery: 3 | 4,
): WeekShape[] {
  const taper = totalWeeks <= 1 ? totalWeeks : Math.min(taperWeeks, totalWeeks - 1);
  const loading = totalWeeks - taper;
  const peak = loading >= 3 && taperWeeks > 0 ? Math.max(1, Math.round(loading * 0.2)) : 0;
  const build = loading <= 2 ? loading : Math.round((loading - peak) * 0.45);
  const base = loading - peak - build;
  return Array.from({ length: totalWeeks }, (_, i) => {
    const phase: Phase =
      i < base ? 'base' : i < base + build ? 'build' : i < loading ? 'peak' : 'taper';
    // The last loading week is never the lighter one: the taper follows it.
    const lighter = phase !== 'taper' && (i + 1) % lighterEvery === 0 && i < loading - 1;
    return { phase, lighter };
  });
}
