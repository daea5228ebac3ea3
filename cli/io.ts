/** Where a command writes: injected so tests can run commands in-process. */
export type CliIo = {
  out: (text: string) => void;
  err: (text: string) => void;
  /** True when stderr is a terminal, so progress bars are worth drawing. */
  errIsTty: boolean;
};

export type CliCommand = {
  run: (argv: string[], io: CliIo) => Promise<number>;
};

export const processIo: CliIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  errIsTty: Boolean(process.stderr.isTTY),
};

/** A failure the user caused (bad flag, bad file): one clear line, non-zero exit. */
export class UsageError extends Error {
  override name = 'UsageError';
}
