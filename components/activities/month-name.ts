const monthFormat = new Intl.DateTimeFormat(undefined, {
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "March 2026" for a month key ("2026-03"), as the list's headings and its month menu name it. */
export const monthName = (key: string) => monthFormat.format(new Date(`${key}-15T12:00:00Z`));
