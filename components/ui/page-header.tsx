import type { ReactNode } from 'react';

export function PageHeader({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <header className="mb-6">
      <h1 className="text-3xl font-semibold tracking-tight">{title}</h1>
      {children ? <p className="mt-1 text-slate-600 dark:text-slate-300">{children}</p> : null}
    </header>
  );
}
