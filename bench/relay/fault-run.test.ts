import { describe, expect, it } from 'vitest';
import { runFaultScenario } from './fault-run.ts';

describe('the fault run at a small size', () => {
  it('loses no acknowledged edit when a relay is SIGKILLed and Redis restarts mid-load', async () => {
    const result = await runFaultScenario({
      docs: 2,
      clientsPerDoc: 4,
      editsPerClientPerS: 5,
      seconds: 6,
    });
    expect(result.editsAcknowledged).toBeGreaterThan(50);
    expect(result.acknowledgedLost).toBe(0);
    expect(result.converged).toBe(true);
  }, 400_000);
});
