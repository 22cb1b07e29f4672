import { z } from "zod";
import { MAX_VALUES_DEPTH, nestsDeeperThan } from "@/lib/core/variables/json-depth";

/**
 * Template variable values as every render takes them (API body and query, share links): a JSON
 * object, nested at most MAX_VALUES_DEPTH levels so formatting a value can never overflow the stack.
 */
export const templateValuesSchema = z
  .record(z.string(), z.unknown())
  .refine((values) => !nestsDeeperThan(values, MAX_VALUES_DEPTH), `Values may be nested at most ${MAX_VALUES_DEPTH} levels deep`);

export type QueryValues = { ok: true; values: Record<string, unknown> } | { ok: false; message: string };

/**
 * `values` as links and GET renders carry it in a query string: JSON text of a values object.
 * An absent parameter is an empty form. The API refuses a bad one with the message; pages
 * and the workbench start from an empty form instead, since a link may have been hand-edited.
 */
export function parseQueryValues(raw: string | null | undefined): QueryValues {
  if (raw === null || raw === undefined || raw === "") return { ok: true, values: {} };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    json = undefined;
  }
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    return { ok: false, message: '`values` must be a JSON object, e.g. values={"name":"Ada"}.' };
  }
  const parsed = templateValuesSchema.safeParse(json);
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? "`values` is not valid." };
  return { ok: true, values: parsed.data };
}
