import { variableFieldSchema, type VariableField, type VariableSchema } from "../variables/schema";

/**
 * The variable form as the live draft holds it: one JSON value per field, keyed by name, so two
 * people changing different fields at once both keep their change.
 */

/** A field as stored in the draft: stable key order, so equal fields are equal strings. */
export function encodeFormField(field: VariableField): string {
  return JSON.stringify(sortKeys(field));
}

/** A stored field, or null if it is not one (another client's bug must not break the form). */
export function decodeFormField(name: string, stored: unknown): VariableField | null {
  if (typeof stored !== "string") return null;
  try {
    const parsed = variableFieldSchema.safeParse(JSON.parse(stored));
    return parsed.success && parsed.data.name === name ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * Whether two forms say the same thing: field order and absent-versus-undefined settings do not
 * count, any other difference in any field does.
 */
export function sameForm(a: VariableSchema, b: VariableSchema): boolean {
  if (a.length !== b.length) return false;
  const byName = new Map(b.map((field) => [field.name, encodeFormField(field)]));
  return a.every((field) => byName.get(field.name) === encodeFormField(field));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== "object") return value;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, inner]) => inner !== undefined)
    .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
  return Object.fromEntries(entries.map(([key, inner]) => [key, sortKeys(inner)]));
}
