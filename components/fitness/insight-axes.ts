/**
 * How each input and outcome of "what's working" reads on a chart axis and in a table: a label
 * with its unit, and the value as the athlete logged it (HRV is tested as ln rMSSD, shown in ms).
 */
export type Axis = { label: string; show: (value: number) => number; digits: number };

const same = (v: number) => v;
const rating = (label: string): Axis => ({ label, show: same, digits: 0 });

const AXES: Record<string, Axis> = {
  sleep: { label: 'Sleep the night before (h)', show: same, digits: 1 },
  'sleep-2': { label: 'Sleep two nights before (h)', show: same, digits: 1 },
  sleepQuality: rating('Sleep quality (1–5)'),
  hrv: { label: 'Morning HRV (ms)', show: Math.exp, digits: 0 },
  'hrv-1': { label: 'HRV the day before (ms)', show: Math.exp, digits: 0 },
  restingHr: { label: 'Resting heart rate (bpm)', show: same, digits: 0 },
  carbs: { label: 'Carbohydrate (g)', show: same, digits: 0 },
  soreness: rating('Soreness (1–5)'),
  stress: rating('Stress (1–5)'),
  mood: rating('Mood (1–5)'),
  'load-1': { label: 'Load the day before', show: same, digits: 0 },
  'load-3': { label: 'Load over the 3 days before', show: same, digits: 0 },
  hour: { label: 'Start hour', show: same, digits: 0 },
  efficiency: { label: 'Efficiency factor', show: same, digits: 3 },
  decoupling: { label: 'Heart-rate drift (%)', show: same, digits: 1 },
  paceAtHr: { label: 'Speed at reference heart rate (m/s)', show: same, digits: 2 },
  rpe: rating('Perceived effort (RPE)'),
};

export function axisFor(id: string): Axis {
  return AXES[id] ?? { label: id, show: same, digits: 2 };
}
