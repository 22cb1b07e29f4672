import type { RenderState } from "../render-state";
import type { Tagged } from "../ast";
import { lineOf, quoteTag, rangeOf, rawOf } from "../positions";

/**
 * How mustache prints a value: text as is, numbers and booleans as JavaScript writes them,
 * lists as their items joined by "," (as mustache.js does, nested lists flattened). An object
 * or a function prints nothing and is reported: neither JSON nor JavaScript source belongs in a
 * prompt, and a warning says to use a section or a field instead.
 */
export function formatMustacheValue(value: unknown, node: Tagged, state: RenderState): string {
  if (typeof value === "string") return value;
  if (value === null || value === undefined) return "";
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
  if (Array.isArray(value)) {
    const parts = flatten(value);
    if (parts !== null) return parts.join(",");
  }
  const what = typeof value === "function" ? "a function (lambdas are not supported)" : Array.isArray(value) ? "a list holding objects" : "an object";
  state.problem({
    code: "mustache-value",
    severity: "warning",
    message: `\`${quoteTag(rawOf(node))}\` on line ${lineOf(node)} is ${what}, which prints nothing: use a section or a field such as \`{{name.field}}\``,
    range: rangeOf(node),
  });
  return "";
}

/** The items of a (nested) list as text, or null when one of them is an object or a function. */
function flatten(list: readonly unknown[]): string[] | null {
  const out: string[] = [];
  const seen = new Set<readonly unknown[]>();
  const work: unknown[] = [list];
  while (work.length > 0) {
    const item = work.pop();
    if (Array.isArray(item)) {
      if (seen.has(item)) return null;
      seen.add(item);
      for (let i = item.length - 1; i >= 0; i--) work.push(item[i]);
    } else if (item === null || item === undefined) {
      out.push("");
    } else if (typeof item === "object" || typeof item === "function") {
      return null;
    } else {
      out.push(String(item));
    }
  }
  return out;
}
