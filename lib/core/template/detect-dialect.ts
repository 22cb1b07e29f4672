import { fencedRanges, insideRanges } from "./fenced-ranges";
import type { Dialect } from "./types";

const GO_ACTION = /^-?\s*(?:\.|\/\*|(?:if|range|with|template|end|else|block|define)\b|"|\()/;

/**
 * Go when any tag looks like a Go action (`{{.Name}}`, `{{if …}}`, `{{range …}}`, a comment);
 * mustache when there are other `{{…}}` tags; none without tags. Tags inside fenced code
 * blocks are quotes of other languages and do not count.
 */
export function detectDialect(source: string): Dialect {
  const fences = fencedRanges(source);
  let sawTag = false;
  for (let open = source.indexOf("{{"); open !== -1; open = source.indexOf("{{", open + 2)) {
    if (insideRanges(fences, open)) continue;
    const close = source.indexOf("}}", open + 2);
    if (close === -1) break;
    sawTag = true;
    if (GO_ACTION.test(source.slice(open + 2, close))) return "go";
  }
  return sawTag ? "mustache" : "none";
}
