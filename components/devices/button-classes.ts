/** Button looks shared by the Record and device screens (Tailwind classes; no global CSS). */
export const primaryButton =
  'rounded-lg bg-brand px-4 py-2 font-medium text-white hover:bg-brand-ink disabled:cursor-not-allowed disabled:opacity-50';
export const secondaryButton =
  'rounded-lg border border-slate-300 px-3 py-1.5 text-sm font-medium hover:bg-slate-100 disabled:cursor-not-allowed disabled:opacity-50 dark:border-slate-700 dark:hover:bg-slate-800';
