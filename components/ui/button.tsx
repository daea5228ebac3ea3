import type { ButtonHTMLAttributes } from 'react';

const styles = {
  primary: 'bg-brand text-white hover:bg-brand-ink disabled:opacity-50',
  secondary:
    'border border-slate-300 bg-white text-slate-900 hover:bg-slate-100 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800',
  danger: 'bg-red-700 text-white hover:bg-red-800',
} as const;

export function Button({
  variant = 'primary',
  className = '',
  type = 'button',
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: keyof typeof styles }) {
  return (
    <button
      type={type}
      className={`rounded-lg px-3 py-2 text-sm font-medium ${styles[variant]} ${className}`}
      {...props}
    />
  );
}
