// Bench size and targets from flags (`--clients 100 --docs 10 --seconds 5`) or BENCH_* variables;
// flags win. Defaults are sized for a 2-core machine shared with other work.
import { parseArgs } from 'node:util';
import { z } from 'zod';

export const TARGETS = ['ours', 'reference', 'hocuspocus', 'pair'] as const;
export type TargetName = (typeof TARGETS)[number];

const OptionsSchema = z
  .object({
    clients: z.coerce.number().int().min(2).max(5000).default(500),
    docs: z.coerce.number().int().min(1).max(1000).default(50),
    seconds: z.coerce.number().min(1).max(600).default(30),
    /** Length of the closed-loop phase that finds the most the system carries (0 skips it). */
    saturateSeconds: z.coerce.number().min(0).max(600).default(10),
    /** Length of the fault run (two relays, one SIGKILLed, Redis restarted; 0 skips it). */
    faultSeconds: z.coerce.number().min(0).max(600).default(15),
    /** Each phase is split into this many rounds, taken in turn by every server. */
    rounds: z.coerce.number().int().min(1).max(20).default(3),
    /** Edits each client makes per second (timed with jitter, so the load is open-loop). */
    rate: z.coerce.number().gt(0).max(50).default(1),
    /** Load-generator processes; every client of one document lives in the same process. */
    workers: z.coerce.number().int().min(1).max(8).default(2),
    targets: z
      .string()
      .default(TARGETS.join(','))
      .transform((s) => s.split(',').map((t) => t.trim()))
      .pipe(z.array(z.enum(TARGETS)).min(1)),
  })
  .refine((o) => o.clients >= 2 * o.docs, {
    message: 'need at least two clients per document, so every edit has someone to reach',
  });

export type BenchOptions = z.infer<typeof OptionsSchema>;

export const USAGE =
  'usage: npm run bench:relay -- [--clients N] [--docs M] [--seconds S] [--saturate-seconds S] ' +
  '[--fault-seconds S] [--rate EDITS_PER_CLIENT_PER_S] [--rounds R] [--workers W] ' +
  '[--targets ours,reference,hocuspocus,pair]\n' +
  '(or BENCH_CLIENTS, BENCH_DOCS, BENCH_SECONDS, BENCH_SATURATE_SECONDS, BENCH_FAULT_SECONDS, ' +
  'BENCH_RATE, BENCH_ROUNDS, ' +
  "BENCH_WORKERS, BENCH_TARGETS); BENCH_PROFILE_DIR=DIR writes each server's V8 CPU profile " +
  'under DIR/<target>/ when it stops';

export function parseOptions(
  argv: string[],
  env: Readonly<Record<string, string | undefined>>,
): BenchOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        clients: { type: 'string' },
        docs: { type: 'string' },
        seconds: { type: 'string' },
        'saturate-seconds': { type: 'string' },
        'fault-seconds': { type: 'string' },
        rate: { type: 'string' },
        rounds: { type: 'string' },
        workers: { type: 'string' },
        targets: { type: 'string' },
      },
      strict: true,
    }));
  } catch (error) {
    throw new Error(
      `Invalid bench options: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const parsed = OptionsSchema.safeParse({
    clients: values.clients ?? env.BENCH_CLIENTS,
    docs: values.docs ?? env.BENCH_DOCS,
    seconds: values.seconds ?? env.BENCH_SECONDS,
    saturateSeconds: values['saturate-seconds'] ?? env.BENCH_SATURATE_SECONDS,
    faultSeconds: values['fault-seconds'] ?? env.BENCH_FAULT_SECONDS,
    rate: values.rate ?? env.BENCH_RATE,
    rounds: values.rounds ?? env.BENCH_ROUNDS,
    workers: values.workers ?? env.BENCH_WORKERS,
    targets: values.targets ?? env.BENCH_TARGETS,
  });
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (i) => `${i.path.join('.') || 'options'}: ${i.message}`,
    );
    throw new Error(`Invalid bench options: ${problems.join('; ')}`);
  }
  return parsed.data;
}
