import { z } from 'zod';

/** pino's level numbers by name. */
export const LEVELS = { trace: 10, debug: 20, info: 30, warn: 40, error: 50, fatal: 60 } as const;
export type LevelName = keyof typeof LEVELS;

/** One log line as the console shows it: pino's fields plus the line's other fields. */
export type LogLine = {
  level: number;
  time: number;
  msg: string;
  user?: string;
  doc?: string;
  [field: string]: unknown;
};

export const LogFilter = z.object({
  /** The least severe level shown. */
  level: z.enum(Object.keys(LEVELS) as [LevelName, ...LevelName[]]).default('info'),
  /** An account id, as the relay logs it (`user`). */
  account: z.string().max(100).optional(),
  /** A document name or the start of one (`doc`). */
  doc: z.string().max(300).optional(),
  fromMs: z.coerce.number().int().min(0).optional(),
  toMs: z.coerce.number().int().min(0).optional(),
  /** Found anywhere in the line, ignoring case. */
  text: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
});
export type LogFilter = z.infer<typeof LogFilter>;

const Line = z.looseObject({ level: z.number(), time: z.number(), msg: z.string().default('') });

/** A line of pino's output, or null when it is not one (a partial or foreign line). */
export function parseLine(text: string): { line: LogLine; text: string } | null {
  try {
    const parsed = Line.safeParse(JSON.parse(text));
    return parsed.success ? { line: parsed.data as LogLine, text } : null;
  } catch (error) {
    if (error instanceof SyntaxError) return null;
    throw error;
  }
}

/** Whether one line passes the filter. */
export function matches(entry: { line: LogLine; text: string }, filter: LogFilter): boolean {
  const { line } = entry;
  if (line.level < LEVELS[filter.level]) return false;
  if (filter.account !== undefined && line.user !== filter.account) return false;
  if (
    filter.doc !== undefined &&
    !(typeof line.doc === 'string' && line.doc.startsWith(filter.doc))
  )
    return false;
  if (filter.fromMs !== undefined && line.time < filter.fromMs) return false;
  if (filter.toMs !== undefined && line.time > filter.toMs) return false;
  if (filter.text && !entry.text.toLowerCase().includes(filter.text.toLowerCase())) return false;
  return true;
}

/**
 * The relay's last `capacity` log lines in memory, written by pino as one of its streams (the
 * lines arrive already redacted) and read by the console's Logs tab.
 */
export class LogRing {
  private readonly entries: Array<{ line: LogLine; text: string } | undefined>;
  private next = 0;
  private count = 0;

  constructor(readonly capacity: number) {
    this.entries = new Array<undefined>(capacity);
  }

  /** pino's stream interface: one serialised line per call. */
  write(text: string): void {
    const entry = parseLine(text.trimEnd());
    if (!entry) return;
    this.entries[this.next] = entry;
    this.next = (this.next + 1) % this.capacity;
    this.count = Math.min(this.count + 1, this.capacity);
  }

  get size(): number {
    return this.count;
  }

  /** The lines that pass the filter, newest first, at most `filter.limit` of them. */
  query(filter: LogFilter): LogLine[] {
    const found: LogLine[] = [];
    for (let i = 1; i <= this.count && found.length < filter.limit; i += 1) {
      const entry = this.entries[(this.next - i + this.capacity) % this.capacity];
      if (entry && matches(entry, filter)) found.push(entry.line);
    }
    return found;
  }
}
