import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DOC, planTable, withTable } from './plan-table.ts';

describe('the example-plan table in docs/PLANS.md', () => {
  it('is exactly what the plan generator makes today (run scripts/plan-table.ts to refresh it)', async () => {
    const doc = readFileSync(DOC, 'utf8');
    expect(await withTable(doc, planTable())).toBe(doc);
  });

  it('has a row per example, and the 4-week marathon is refused with what would work', () => {
    const rows = planTable().split('\n').slice(2);
    expect(rows).toHaveLength(13);
    expect(rows.at(-1)).toMatch(/refused: .*What would work: a race on or after/);
  });
});
