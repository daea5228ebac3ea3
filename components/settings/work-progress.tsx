/** How far a long piece of work is, shown as a bar; announced politely in steps of a tenth. */
export function WorkProgress({
  label,
  done,
  total,
  verb,
}: {
  label: string;
  done: number;
  total: number;
  verb: string;
}) {
  // Per-document updates would flood a screen reader; tenths are enough to follow.
  const tenths = total > 0 ? Math.floor((done / total) * 10) * 10 : 0;
  return (
    <div className="mt-3">
      <progress className="w-full" max={Math.max(total, 1)} value={done} aria-label={label} />
      <p role="status" aria-live="polite" className="text-sm">
        {verb}… {tenths} %
      </p>
    </div>
  );
}
