/** A small count of unread comments; nothing at all when there are none. */
export function UnreadBadge({ count }: { count: number }) {
  if (count <= 0) return null;
  const label = count === 1 ? '1 unread comment' : `${count} unread comments`;
  return (
    <span
      role="status"
      aria-label={label}
      title={label}
      data-testid="unread-badge"
      className="inline-flex min-w-5 items-center justify-center rounded-full bg-brand px-1.5 text-xs font-semibold text-white"
    >
      {count}
    </span>
  );
}
