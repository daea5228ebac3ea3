// Quick start, command two: every test. Stops at the first failing stage and says which.
import { execSync } from 'node:child_process';
import { ensureDeps } from './ensure-deps.mjs';

ensureDeps();
const stages = [
  ['typecheck', 'npm run -s typecheck'],
  ['lint', 'npm run -s lint'],
  ['format', 'npm run -s format:check'],
  ['unit tests', 'npx vitest run'],
  ['end-to-end tests', 'node scripts/e2e.mjs'],
];
for (const [name, command] of stages) {
  console.log(`\n▶ ${name}: ${command}`);
  const started = Date.now();
  try {
    execSync(command, { stdio: 'inherit' });
  } catch {
    console.error(`\n✖ ${name} failed.`);
    process.exit(1);
  }
  console.log(`✔ ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
console.log('\nAll checks passed.');
