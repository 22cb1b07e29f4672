import { getPath, setPath, type FieldType, type VariableSchema } from "./schema";

export interface ConformedValues {
  /** The values as the form shows them: each converted to its field's type where it can be. */
  values: Record<string, unknown>;
  /** Why a value could not be kept, by field name ("“abc” is not a number"). */
  notes: Record<string, string>;
}

type Conversion = { ok: true; value: unknown } | { ok: false; why: string };

const TYPE_WORDS: Record<FieldType, string> = {
  text: "text",
  multiline: "text",
  number: "a number",
  boolean: "yes or no",
  select: "one of the options",
  list: "a list",
  json: "a JSON object",
};

function quote(value: unknown): string {
  const text = typeof value === "string" ? value : JSON.stringify(value) ?? String(value);
  return `“${text.length > 24 ? `${text.slice(0, 23)}…` : text}”`;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** One value converted to a field type, or why it cannot be. */
export function convertValue(value: unknown, type: FieldType): Conversion {
  if (value === undefined) return { ok: true, value };
  const refuse = (): Conversion => ({ ok: false, why: `${quote(value)} is not ${TYPE_WORDS[type]}, so the field was left empty.` });
  switch (type) {
    case "text":
    case "multiline":
    case "select":
      if (typeof value === "string") return { ok: true, value };
      if (typeof value === "number" || typeof value === "boolean") return { ok: true, value: String(value) };
      if (Array.isArray(value) && value.every((item) => typeof item === "string")) return { ok: true, value: value.join(", ") };
      return refuse();
    case "number": {
      if (typeof value === "number") return { ok: true, value };
      if (typeof value === "string" && value.trim() === "") return { ok: true, value: undefined };
      const number = typeof value === "string" ? Number(value.trim()) : NaN;
      return Number.isFinite(number) ? { ok: true, value: number } : refuse();
    }
    case "boolean": {
      if (typeof value === "boolean") return { ok: true, value };
      const word = String(value).trim().toLowerCase();
      if (["true", "yes", "1", "on"].includes(word)) return { ok: true, value: true };
      if (["false", "no", "0", "off", ""].includes(word)) return { ok: true, value: false };
      return refuse();
    }
    case "list":
      if (Array.isArray(value)) return { ok: true, value };
      if (typeof value === "string") return { ok: true, value: value.split(/\r?\n|,/).map((item) => item.trim()).filter(Boolean) };
      return refuse();
    case "json":
      if (isPlainObject(value)) return { ok: true, value };
      if (typeof value === "string") {
        try {
          const parsed: unknown = JSON.parse(value);
          if (isPlainObject(parsed)) return { ok: true, value: parsed };
        } catch {
          // not JSON: refused below
        }
      }
      return refuse();
  }
}

/**
 * The values as the form can show them. A field whose type changed keeps its value when it
 * converts ("42" → 42) and is emptied, with the reason, when it does not: the preview renders
 * from these values, so it never uses a value the form does not show.
 */
export function conformValues(schema: VariableSchema, values: Record<string, unknown>): ConformedValues {
  let result = values;
  const notes: Record<string, string> = {};
  for (const field of schema) {
    const path = field.name.split(".");
    const value = getPath(result, path);
    const converted = convertValue(value, field.type);
    if (converted.ok) {
      // An emptied input leaves `undefined`: absent, so the preview counts it missing like the form shows.
      if (converted.value === undefined) result = removePath(result, path);
      else if (converted.value !== value) result = setPath(result, path, converted.value);
    } else {
      notes[field.name] = converted.why;
      result = removePath(result, path);
    }
  }
  return { values: result, notes };
}

/** The values without the one at `path`: absent, so the template reports it missing. */
function removePath(values: Record<string, unknown>, path: string[]): Record<string, unknown> {
  const [head, ...rest] = path;
  if (head === undefined || !(head in values)) return values;
  if (rest.length === 0) {
    const { [head]: _removed, ...others } = values;
    return others;
  }
  const inner = values[head];
  return isPlainObject(inner) ? { ...values, [head]: removePath(inner, rest) } : values;
}
