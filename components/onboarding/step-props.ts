import type { Profile, ProfileField, SetupAnswers } from '@/lib/store/profile-schema';
import type { SetupStep } from './setup-flow';

/** What every setup step gets from the screen. */
export type StepProps = {
  answers: SetupAnswers;
  profile: Profile;
  /** The athlete moved here (not a fresh page load): focus the step's heading. */
  focusOnShow: boolean;
  /** Keeps these answers and goes to the next step. */
  next: (answers?: Partial<SetupAnswers>) => void;
  /** Goes to the next step, leaving this one unanswered. */
  skip: () => void;
  back: (() => void) | null;
  goTo: (step: SetupStep) => void;
  /** Records the setup as done (a plan was made), with any answers changed on the way. */
  finish: (answers?: Partial<SetupAnswers>) => void;
  setField: <K extends ProfileField>(field: K, value: Profile[K]) => void;
};

export const STEP_NAMES: Record<SetupStep, string> = {
  sports: 'What you train',
  goal: 'Your goal',
  week: 'Your week',
  volume: 'Training now',
  numbers: 'Your paces',
  plan: 'Your plan',
};

export const inputClass =
  'rounded-lg border border-slate-300 bg-white px-3 py-2 text-slate-900 dark:border-slate-700 dark:bg-slate-950 dark:text-slate-100';
