import type { LintSeverity } from "../types";

/** A problem with one frontmatter field (or with the whole frontmatter when `key` is null). */
export interface FieldProblem {
  key: string | null;
  severity: LintSeverity;
  message: string;
  why: string;
}

/** A field's check: null when the value is fine. */
export type FieldCheck = (value: unknown, key: string) => Omit<FieldProblem, "key"> | null;

export const describeValue = (value: unknown): string =>
  value === null ? "empty" : Array.isArray(value) ? "a list" : typeof value === "object" ? "a mapping" : typeof value === "string" ? `“${value}”` : String(value);

const error = (message: string, why: string) => ({ severity: "error" as const, message, why });

export function text(why: string, options: { required?: boolean } = {}): FieldCheck {
  return (value, key) => {
    if (typeof value !== "string") return error(`\`${key}\` must be text, not ${describeValue(value)}.`, why);
    if (options.required && value.trim() === "") return error(`\`${key}\` is empty.`, why);
    return null;
  };
}

/** YAML `true`/`false`; the quoted string "true" is text, which tools read as not set. */
export function boolean(why: string): FieldCheck {
  return (value, key) => {
    if (typeof value === "boolean") return null;
    if (typeof value === "string" && /^(true|false|yes|no)$/i.test(value.trim())) {
      return error(`\`${key}\` is the text “${value}”, not a boolean: write ${key}: ${/^(true|yes)$/i.test(value.trim())} without quotes.`, why);
    }
    return error(`\`${key}\` must be true or false, not ${describeValue(value)}.`, why);
  };
}

export function oneOf(values: readonly string[], why: string, severity: LintSeverity = "error"): FieldCheck {
  return (value, key) =>
    typeof value === "string" && values.includes(value)
      ? null
      : { severity, message: `\`${key}\` is ${describeValue(value)}; it must be one of ${values.join(", ")}.`, why };
}

/** A comma-separated string (`Read, Grep`) or a YAML list of names. */
export function nameList(why: string): FieldCheck {
  return (value, key) => {
    if (typeof value === "string") {
      return value.split(",").some((part) => part.trim() === "") && value.trim() !== ""
        ? error(`\`${key}\` has an empty entry between commas.`, why)
        : null;
    }
    if (Array.isArray(value)) {
      const bad = value.find((item) => typeof item !== "string" || item.trim() === "");
      return bad === undefined ? null : error(`\`${key}\` lists ${describeValue(bad)}; each entry must be a name.`, why);
    }
    return error(`\`${key}\` must be a comma-separated list (\`Read, Grep\`) or a YAML list, not ${describeValue(value)}.`, why);
  };
}

export function positiveInteger(why: string): FieldCheck {
  return (value, key) =>
    typeof value === "number" && Number.isInteger(value) && value > 0 ? null : error(`\`${key}\` must be a whole number above 0, not ${describeValue(value)}.`, why);
}

export function mapping(why: string): FieldCheck {
  return (value, key) =>
    value !== null && typeof value === "object" && !Array.isArray(value) ? null : error(`\`${key}\` must be a mapping (keys indented under it), not ${describeValue(value)}.`, why);
}
