import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './io.ts';

/**
 * Every command's flags, read strictly the same way: an unknown flag, a missing value or a stray
 * argument is a usage error (one line, exit code 2) whichever command it was given to.
 */
export function parseFlags<T extends NonNullable<ParseArgsConfig['options']>>(
  argv: string[],
  options: T,
  { positionals = false }: { positionals?: boolean } = {},
) {
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals: positionals });
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : undefined;
    throw new UsageError(message || 'those flags are not ones this command takes.');
  }
}
