import { isRecord } from "../values";

/**
 * What text/template prints for a value decoded from JSON: fmt's `%v` (numbers are float64,
 * map keys sorted), except that a nil value on its own prints as "<no value>".
 */
export function formatGoAction(value: unknown): string {
  return value === null || value === undefined ? "<no value>" : formatGoValue(value);
}

// Recursion bound: values deeper than this print as "..." instead of overflowing the stack
// (servers refuse values nested past 64 levels long before; this guards every other caller).
const MAX_FORMAT_DEPTH = 200;

function formatGoValue(value: unknown, depth = 0): string {
  if (value === null || value === undefined) return "<nil>";
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "true" : "false";
  if (typeof value === "number") return formatFloat(value);
  if ((Array.isArray(value) || isRecord(value)) && depth >= MAX_FORMAT_DEPTH) return "...";
  if (Array.isArray(value)) return `[${value.map((item) => formatGoValue(item, depth + 1)).join(" ")}]`;
  if (isRecord(value)) {
    const keys = Object.keys(value).sort();
    return `map[${keys.map((key) => `${key}:${formatGoValue(value[key], depth + 1)}`).join(" ")}]`;
  }
  return String(value);
}

/**
 * strconv.FormatFloat(f, 'g', -1, 64): the shortest digits that round-trip, in exponent form
 * when the exponent is below -4 or at least 6 (so 1e6 prints as "1e+06", 123456 as "123456").
 */
export function formatFloat(n: number): string {
  if (Number.isNaN(n)) return "NaN";
  if (!Number.isFinite(n)) return n > 0 ? "+Inf" : "-Inf";
  if (n === 0) return Object.is(n, -0) ? "-0" : "0";
  const [mantissa, exponentText] = n.toExponential().split("e") as [string, string];
  const exponent = Number(exponentText);
  if (exponent < -4 || exponent >= 6) {
    return `${mantissa}e${exponent < 0 ? "-" : "+"}${String(Math.abs(exponent)).padStart(2, "0")}`;
  }
  return String(n);
}
