import { insideRanges } from "../../text/fences";

// `{{ name | upper }}`, `{{- x|default("a") }}`: a filter on a plain name is Jinja, never mustache or Go.
export const JINJA_FILTER = /^-?\s*[A-Za-z_][\w.]*(?:\[[^\]]*\])*\s*\|\s*[A-Za-z_]\w*\s*(?:\(|-?$)/;
const STATEMENT = /^\{%[-+]?\s*[a-z]+\b[^]*%\}$/;

/**
 * How many `{% statement %}` and `{# comment #}` tags a source holds, outside fenced code,
 * reading at most `limit` of them. `{{#section}}` holds a `{#` that is mustache's, not a comment.
 */
export function countJinjaTags(source: string, fences: readonly [number, number][], limit: number): number {
  let count = 0;
  for (let open = source.indexOf("{", 0); open !== -1 && count < limit; open = source.indexOf("{", open + 1)) {
    const next = source[open + 1];
    if ((next !== "%" && next !== "#") || source[open - 1] === "{" || insideRanges(fences, open)) continue;
    const close = source.indexOf(next === "%" ? "%}" : "#}", open + 2);
    if (close === -1) break;
    if (next === "#" || STATEMENT.test(source.slice(open, close + 2))) count++;
    open = close;
  }
  return count;
}
