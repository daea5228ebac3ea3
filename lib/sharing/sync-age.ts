/** How long ago something synced, in the desk's words: "just now", "5 min ago", "3 h ago". */
export function syncAge(syncedAt: string, nowMs: number): string {
  const minutes = Math.floor((nowMs - Date.parse(syncedAt)) / 60_000);
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h ago`;
  return `${Math.floor(hours / 24)} days ago`;
}
