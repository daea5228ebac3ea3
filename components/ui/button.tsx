import type { ComponentPropsWithRef } from 'react';

/**
 * The app's one button. Variants say what pressing it means (the main action, another action, one
 * that lets something go, a quiet one); sizes say where it is used. `touch` and `big` are at least
 * 48 × 48 px, the size a thumb finds mid-workout (WCAG 2.5.5; Material's 48 dp touch target).
 */
const variants = {
  primary: 'bg-brand text-white hover:bg-brand-ink',
  secondary:
    'border border-slate-300 bg-white text-slate-900 hover:bg-slate-100 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800',
  danger: 'bg-red-700 text-white hover:bg-red-800',
  quiet:
    'text-slate-700 underline-offset-4 hover:bg-slate-100 hover:underline dark:text-slate-200 dark:hover:bg-slate-800',
} as const;

const sizes = {
  /** Forms and lists on any screen. */
  regular: 'px-3 py-2 text-sm',
  /** Anything pressed on a phone: at least 48 × 48 px. */
  touch: 'min-h-12 min-w-12 px-4 py-2 text-base',
  /** The controls of a recording: big enough to hit mid-stroke. */
  big: 'min-h-14 min-w-14 px-5 py-3 text-lg font-semibold',
} as const;

export type ButtonVariant = keyof typeof variants;
export type ButtonSize = keyof typeof sizes;

/** The classes of a button of this variant and size. */
function buttonClasses(variant: ButtonVariant = 'primary', size: ButtonSize = 'regular') {
  return `inline-flex items-center justify-center gap-2 rounded-lg font-medium disabled:cursor-not-allowed disabled:opacity-50 ${variants[variant]} ${sizes[size]}`;
}

export function Button({
  variant = 'primary',
  size = 'regular',
  className = '',
  type = 'button',
  ...props
}: ComponentPropsWithRef<'button'> & { variant?: ButtonVariant; size?: ButtonSize }) {
  return (
    <button type={type} className={`${buttonClasses(variant, size)} ${className}`} {...props} />
  );
}
