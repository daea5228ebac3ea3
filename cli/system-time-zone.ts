/** The zone of the machine running the CLI: its one read of the ambient zone, used when `--tz` is not given. */
export function systemTimeZone(): string {
  return new Intl.DateTimeFormat().resolvedOptions().timeZone;
}
