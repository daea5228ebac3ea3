/** A form's problem, announced to screen readers as it appears; nothing when there is none. */
export function FormError({ error }: { error: string | null }) {
  if (!error) return null;
  return (
    <p role="alert" className="text-sm text-red-800 dark:text-red-300">
      {error}
    </p>
  );
}
