import { loadConfig } from '../config.ts';
import { createOwner } from './create-owner.ts';
import { readPassword } from './read-password.ts';

/** The create-owner command's exit code: 0 done, 1 refused or failed (the reason on stderr). */
export async function runCreateOwner(email: string): Promise<number> {
  const outcome = await createOwner(loadConfig(), email.toLowerCase(), () =>
    readPassword(`Password for ${email}: `),
  );
  if (outcome.type === 'Refused') {
    process.stderr.write(`create-owner: ${outcome.reason}\n`);
    return 1;
  }
  const done = outcome.type === 'Created' ? 'created as owner' : 'is now the owner';
  process.stdout.write(`${email} ${done}.\n`);
  return 0;
}
