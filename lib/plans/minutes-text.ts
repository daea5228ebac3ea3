/** Minutes as the athlete reads a session or a week: "45 min", "1 h", "3 h 20 min". */
export function minutesText(minutes: number): string {
  const whole = Math.round(minutes);
  const h = Math.floor(whole / 60);
  const m = whole % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}
