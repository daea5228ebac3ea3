import { GOAL_IDS } from '../engine/plan/goals.ts';
import { DECODERS } from '../engine/protocols/registry.ts';

const ATHLETE = `Athlete (optional; the engine's documented defaults otherwise):
  --max-hr BPM  --rest-hr BPM  --lthr BPM  --sex male|female
  --threshold-pace M:SS (per km)  --best-2k M:SS  --rowing-ftp W  --ftp W (cycling)`;

const SEED = `Starting fitness (optional, both or neither): --ctl N --atl N`;

/** What `splits COMMAND --help` prints: every flag the command reads, with its unit. */
export const COMMAND_HELP: Record<string, string> = {
  analyze: `splits analyze FILE [--json] [athlete flags]
One FIT, GPX or TCX file: distance, time, pace or split, heart rate, load, laps and intervals.
${ATHLETE}`,
  pmc: `splits pmc DIR [--json] [--tz ZONE] [--ctl N --atl N] [athlete flags]
Fitness (CTL), fatigue (ATL), form (TSB) and the acute:chronic ratio for every day covered by
the activity files in DIR. --tz is an IANA zone (e.g. Europe/Berlin) that decides each day.
${SEED}
${ATHLETE}`,
  plan: `splits plan --sport run|row --goal GOAL (--days mon,wed,sat | --minutes mon=45,sat=90) [flags]
A periodized plan from the start date to the goal.
  --goal          run: ${GOAL_IDS.run.join(', ')}; row: ${GOAL_IDS.row.join(', ')}
  --date YYYY-MM-DD     race day (not for general-fitness)   --start YYYY-MM-DD  first day
  --weekly-minutes N    what you train now, minutes a week   --long-minutes N  your longest now
  --long-day DAY        the day for the long session         --experience beginner|intermediate|advanced
  --best-5k|--best-10k|--best-half|--best-marathon|--best-2k|--best-6k M:SS  a recent result for targets
  --activities DIR      estimate current volume from your files
  --max-hr BPM --rest-hr BPM   heart-rate targets in bpm (both)
  --json                the plan as JSON (the input of splits adapt)`,
  adapt: `splits adapt PLAN.json --journal FILE [--activities DIR] [--today YYYY-MM-DD] [--result 10k=41:30]
The changes adaptation proposes for the coming days, each with its reason. --result may repeat:
a named distance or metres, = a time, optionally @YYYY-MM-DD (e.g. 5000=18:40@2027-02-06).
${SEED}
${ATHLETE}`,
  readiness: `splits readiness --journal FILE [--activities DIR] [--date YYYY-MM-DD] [--json]
Readiness for one day from the journal (JSON: { "version": 1, "entries": [...] }).`,
  insights: `splits insights --journal FILE --activities DIR [--json]
What goes with your better sessions, with the evidence and how sure it is.`,
  predict: `splits predict --sport run|row --distance METRES --time M:SS [--json]
Equivalent times at other distances (Riegel for running, Paul's law for rowing).`,
  erg: `splits erg --split M:SS | --watts W [--json]
Concept2 pace per 500 m, watts and calories an hour, each from the other.`,
  decode: `splits decode NAME HEX [--json]
One Bluetooth frame, field by field with units. NAME is a characteristic UUID or one of:
  ${DECODERS.map((d) => d.name).join(', ')}`,
};

/** True when the arguments ask for help rather than name a file or value. */
export const asksForHelp = (argv: string[]): boolean =>
  argv.some((a) => a === '--help' || a === '-h');
