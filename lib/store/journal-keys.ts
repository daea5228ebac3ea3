/** Journal fields live in one flat map under `<date>|<field>` (see journal-v1-flat-fields). */
export function journalFieldKey(date: string, field: string): string {
  return `${date}|${field}`;
}

export function splitJournalFieldKey(key: string): { date: string; field: string } | null {
  const bar = key.indexOf('|');
  if (bar <= 0 || bar === key.length - 1) return null;
  return { date: key.slice(0, bar), field: key.slice(bar + 1) };
}
