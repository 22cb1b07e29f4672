import { z } from "zod";

/**
 * The one way to read a JSON text column (SQLite has no JSON or array type). A missing value
 * is the fallback; a corrupt or off-shape one is logged and is the fallback too, so one bad
 * row shows as empty instead of turning a whole page or API call into a 500.
 */
export function readJsonColumn<T>(
  stored: string | null | undefined,
  { schema, fallback, column }: { schema: z.ZodType<T>; fallback: T; column: string },
): T {
  if (stored === null || stored === undefined || stored === "") return fallback;
  let value: unknown;
  try {
    value = JSON.parse(stored);
  } catch {
    console.warn(`Corrupt JSON in ${column} (${stored.length} chars); read as its fallback.`);
    return fallback;
  }
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  console.warn(`Unexpected JSON shape in ${column}: ${parsed.error.issues[0]?.message ?? "invalid"}; read as its fallback.`);
  return fallback;
}

/** A list of names or tags: non-string entries written by older code are dropped, not fatal. */
export const stringListColumn = z
  .array(z.unknown())
  .transform((items) => items.filter((item): item is string => typeof item === "string"));

/** Values filled into a form (a preset, a share link): an object keyed by variable name. */
export const valuesColumn = z.record(z.string(), z.unknown());
