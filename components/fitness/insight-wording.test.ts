import { describe, expect, it } from 'vitest';
import type { Finding } from '@/engine/insights/whats-working';
import { findingSentence, strengthSentence } from './insight-wording';

const finding: Finding = {
  input: 'sleep',
  outcome: 'efficiency',
  lagDays: 0,
  rho: 0.52,
  pValue: 0.001,
  qValue: 0.01,
  n: 34,
  nEffective: 13.6,
  points: [],
  strength: 'large',
  text: '',
};

describe('insight wording', () => {
  it('says the sessions, the independent ones and what went with what', () => {
    expect(findingSentence(finding, 'run')).toBe(
      'On 34 runs (about 14 independent), more sleep the night before went with more efficiency (more speed or power per heartbeat).',
    );
  });

  it('says when the sessions are about independent, and turns the direction for a negative ρ', () => {
    const drift = { ...finding, outcome: 'decoupling', rho: -0.4, nEffective: 34 };
    expect(findingSentence(drift, 'row')).toBe(
      'On 34 rows (each about independent), more sleep the night before went with less heart-rate drift.',
    );
  });

  it('names the strength and ρ and does not claim a cause', () => {
    expect(strengthSentence({ ...finding, rho: -0.31, strength: 'medium' })).toBe(
      'A medium effect (Spearman ρ −0.31). They go together; that alone does not show one causes the other.',
    );
  });
});
