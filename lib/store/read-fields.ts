import { z } from 'zod';

/**
 * Reads a record field by field: a missing or invalid stored value reads as its default, and the
 * stored value is left as it is (it may come from a newer build that knows better).
 */
export function readFields<S extends z.ZodRawShape>(
  schema: z.ZodObject<S>,
  defaults: z.infer<z.ZodObject<S>>,
  raw: Record<string, unknown>,
): z.infer<z.ZodObject<S>> {
  const result: Record<string, unknown> = { ...defaults };
  for (const [key, fieldSchema] of Object.entries(schema.shape)) {
    if (!(key in raw)) continue;
    const parsed = (fieldSchema as z.ZodType).safeParse(raw[key]);
    if (parsed.success) result[key] = parsed.data;
  }
  return result as z.infer<z.ZodObject<S>>;
}

/** Validates one field for writing; throws a typed error naming the field. */
export function parseField<S extends z.ZodRawShape, K extends keyof S & string>(
  schema: z.ZodObject<S>,
  field: K,
  value: unknown,
): z.infer<S[K]> {
  const fieldSchema = schema.shape[field] as z.ZodType;
  const parsed = fieldSchema.safeParse(value);
  if (!parsed.success) throw new InvalidFieldError(field, parsed.error);
  return parsed.data as z.infer<S[K]>;
}

export class InvalidFieldError extends Error {
  constructor(
    readonly field: string,
    cause: z.ZodError,
  ) {
    super(`${field}: ${cause.issues[0]?.message ?? 'invalid value'}`, { cause });
    this.name = 'InvalidFieldError';
  }
}
