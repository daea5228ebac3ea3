import type { ReactNode } from 'react';

export function Card({
  title,
  children,
  headingLevel = 2,
}: {
  title?: string;
  children: ReactNode;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-800 dark:bg-slate-900">
      {title ? <Heading className="mb-3 text-lg font-semibold">{title}</Heading> : null}
      {children}
    </section>
  );
}
