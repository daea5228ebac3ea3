/**
 * ln Γ(x) for x > 0 by the Lanczos approximation (g = 7, 9 coefficients), accurate to about 15
 * significant digits. Source: Lanczos C (1964) SIAM J Numer Anal B 1:86–96; coefficients as
 * tabulated by Godfrey (2001) and widely reproduced. Worked example: Γ(5) = 24, Γ(½) = √π.
 */
const G = 7;
const C = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
  -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
  1.5056327351493116e-7,
];

export function logGamma(x: number): number {
  if (x < 0.5) {
    // Reflection: Γ(x)Γ(1−x) = π / sin(πx).
    return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
  }
  const z = x - 1;
  let a = C[0]!;
  const t = z + G + 0.5;
  for (let i = 1; i < C.length; i++) a += C[i]! / (z + i);
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}
