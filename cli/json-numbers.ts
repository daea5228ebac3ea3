/**
 * JSON with measured numbers cut to 7 significant digits: streams are stored as 32-bit floats, so
 * digits beyond that are storage noise (an altitude sum printing as 162.99998779296874 m), not
 * information. Integers are left alone.
 */
export function toMeasuredJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    typeof v === 'number' && Number.isFinite(v) && !Number.isInteger(v)
      ? Number(v.toPrecision(7))
      : v,
  );
}
