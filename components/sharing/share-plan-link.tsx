import Link from 'next/link';

/** The plan's own way into Settings → Sharing. */
export function SharePlanLink() {
  return (
    <Link
      href="/settings/#sharing"
      prefetch={false}
      className="inline-flex min-h-11 items-center rounded-lg border border-slate-300 px-3 py-2 text-sm font-medium hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800 md:pointer-fine:min-h-0"
    >
      Share
    </Link>
  );
}
