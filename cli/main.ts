import { asksForHelp, COMMAND_HELP } from './command-help.ts';
import { processIo, UsageError, type CliCommand, type CliIo } from './io.ts';

const COMMANDS: Record<string, string> = {
  analyze: 'analyze FILE [--json]           summary of one FIT, GPX or TCX activity',
  pmc: 'pmc DIR [--json] [--tz ZONE] [--ctl N --atl N]   fitness, fatigue and form over every activity in DIR',
  plan: 'plan --sport run|row --goal G …  a periodized training plan',
  adapt:
    'adapt PLAN.json --journal F [--activities DIR] [--result 10k=41:30]   revise the coming days',
  readiness: 'readiness --journal FILE       readiness score from a journal',
  insights: 'insights --journal F --activities DIR   what is working for you',
  predict: 'predict --sport run|row --distance M --time T   race predictions',
  erg: 'erg --split 1:50 | --watts 250  Concept2 pace, power and calories',
  decode: 'decode NAME HEX [--json]        decode one Bluetooth frame',
};

function usage(): string {
  const lines = Object.values(COMMANDS).map((line) => `  splits ${line}`);
  return `Usage:\n${lines.join('\n')}\n`;
}

/** Runs one command; every expected failure becomes one line on stderr and a non-zero code. */
export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(usage());
    return name ? 0 : 2;
  }
  if (!(name in COMMANDS)) {
    io.err(`splits: unknown command "${name}". Run "splits --help" for the list.\n`);
    return 2;
  }
  if (asksForHelp(rest)) {
    io.out(`${COMMAND_HELP[name] ?? `splits ${COMMANDS[name]}`}\n`);
    return 0;
  }
  try {
    const command = (await import(`./commands/${name}.ts`)) as CliCommand;
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`splits ${name}: ${error.message}\n`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.err(`splits ${name}: ${message}\n`);
    return 1;
  }
}

const isEntry = process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'));
if (isEntry) {
  process.exitCode = await main(process.argv.slice(2));
}
