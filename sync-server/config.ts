import { resolve } from 'node:path';
import { z } from 'zod';

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8787),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  APP_DIR: z.string().min(1).default('./out'),
});

export type RelayConfig = {
  port: number;
  host: string;
  dataDir: string;
  appDir: string;
};

/** Reads and validates the relay's environment once, at start-up. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): RelayConfig {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid relay configuration: ${problems}`);
  }
  const e = parsed.data;
  return { port: e.PORT, host: e.HOST, dataDir: resolve(e.DATA_DIR), appDir: resolve(e.APP_DIR) };
}
