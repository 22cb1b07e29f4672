import { FenceCursor, fencedRanges } from "../text/fences";
import { JINJA_FILTER, countJinjaTags } from "./jinja/detect";
import type { Dialect } from "./types";

// `{{.Name}}`, `{{if …}}`, `{{- …}}`, a comment, a string literal or a parenthesis: only Go.
const GO_SIGNAL = /^(?:-\s|\/\*|\.[A-Za-z_]|(?:if|range|with|template|end|else|block|define)\b|"|`|\()/;
// `{{#section}}`, `{{^inverted}}`, `{{/close}}`, `{{> partial}}`, `{{! comment}}`, `{{{triple}}}`: only mustache.
const MUSTACHE_SIGNAL = /^(?:[#^>!&{=]|\/(?!\*))/;
// Enough tags to decide; a 2 MB document need not be read to its end.
const TAGS_TO_READ = 500;
// The signals sit at a tag's start; a longer look only costs time on huge tags.
const SIGNAL_CHARS = 256;

/**
 * Go when its tags look more like Go actions than mustache tags (`{{.Name}}`, `{{if …}}`
 * against `{{#rules}}`, `{{> partial}}`); Jinja when `{% … %}`, `{# … #}` and filters
 * (`{{ x | upper }}`) are at least as many as either; mustache when there are other `{{…}}` tags (a bare
 * `{{.}}` is mustache's item too); none without tags. Fenced code blocks quote other
 * languages and do not count.
 */
export function detectDialect(source: string): Dialect {
  const ranges = fencedRanges(source);
  const fences = new FenceCursor(ranges);
  let tags = 0;
  let go = 0;
  let mustache = 0;
  let close = -1;
  let jinja = countJinjaTags(source, ranges, TAGS_TO_READ);
  for (let open = source.indexOf("{{"); open !== -1; open = source.indexOf("{{", open + 2)) {
    if (fences.inside(open)) continue;
    // Far-away closers are found once, and only a tag's start is read: detection stays linear.
    if (close < open + 2) close = source.indexOf("}}", open + 2);
    if (close === -1 || tags === TAGS_TO_READ) break;
    tags++;
    const body = source.slice(open + 2, Math.min(close, open + 2 + SIGNAL_CHARS));
    if (JINJA_FILTER.test(body.trimStart())) jinja++;
    else if (GO_SIGNAL.test(body.trimStart()) || GO_SIGNAL.test(body)) go++;
    else if (MUSTACHE_SIGNAL.test(body.trimStart())) mustache++;
  }
  if (jinja > 0 && jinja >= go && jinja >= mustache) return "jinja";
  if (tags === 0) return "none";
  return go > mustache ? "go" : "mustache";
}
