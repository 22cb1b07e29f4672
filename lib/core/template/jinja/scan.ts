/** Finding Jinja's tags in a source, by its lexer's rules, in one left-to-right pass. */

export type TagKind = "output" | "statement" | "comment";

export interface JinjaTag {
  kind: TagKind;
  start: number;
  end: number;
  /** The inside without the delimiters and whitespace-control markers, surrounding spaces removed. */
  body: string;
  bodyStart: number;
  /** `{%-`, `{{-`, `{#-`: the text before loses its trailing whitespace. */
  trimLeft: boolean;
  /** `-%}`, `-}}`, `-#}`: the text after loses its leading whitespace. */
  trimRight: boolean;
  /** Set when the tag is malformed; it then ends at `end` all the same. */
  error?: string;
}

/** A tag that never closes: everything from `start` on is text. */
export interface UnclosedTag {
  kind: "unclosed";
  start: number;
  message: string;
}

const [QUOTE, APOSTROPHE, OPEN_PAREN, OPEN_SQUARE, OPEN_CURLY, CLOSE_PAREN, CLOSE_SQUARE, CLOSE_CURLY, PERCENT] = [..."\"'([{)]}%"].map((c) => c.charCodeAt(0));
const MINUS = 45;
const HASH = 35;
// String.prototype.trim's whitespace, for the common characters; the rare ones fall to \s.
const isBlank = (code: number) => code === 32 || code === 10 || code === 9 || code === 13 || (code > 127 && /\s/.test(String.fromCharCode(code))) || code === 11 || code === 12;
const CLOSER: Record<TagKind, string> = { output: "}}", statement: "%}", comment: "#}" };

/** The next tag at or after `from`, an unclosed one, or null when there are no more. */
export function nextTag(source: string, from: number): JinjaTag | UnclosedTag | null {
  for (let open = source.indexOf("{", from); open !== -1; open = source.indexOf("{", open + 1)) {
    const next = source.charCodeAt(open + 1);
    const kind = next === OPEN_CURLY ? "output" : next === PERCENT ? "statement" : next === HASH ? "comment" : null;
    if (kind) return readTag(source, open, kind);
  }
  return null;
}

function readTag(source: string, start: number, kind: TagKind): JinjaTag | UnclosedTag {
  let i = start + 2;
  const trimLeft = source[i] === "-";
  if (trimLeft || (kind === "statement" && source[i] === "+")) i++;
  const inner = i;
  const closer = CLOSER[kind];
  if (kind === "comment") {
    const close = source.indexOf(closer, i);
    if (close === -1) return { kind: "unclosed", start, message: "a comment `{#` is never closed with `#}`" };
    return finish(source, kind, start, inner, close, trimLeft);
  }
  // Jinja only ends a tag outside strings and brackets: `{{ "}}" }}` and `{{ {'a': 1} }}` are one tag.
  const close0 = closer.charCodeAt(0);
  let depth = 0;
  let error: string | undefined;
  for (; i < source.length; i++) {
    const code = source.charCodeAt(i);
    if (code === QUOTE || code === APOSTROPHE) {
      const end = stringEnd(source, i);
      if (end === -1) return { kind: "unclosed", start, message: `a string in the tag opened here is never closed` };
      i = end - 1;
    } else if (code === OPEN_PAREN || code === OPEN_SQUARE || code === OPEN_CURLY) {
      depth++;
    } else if (code === close0 && source.charCodeAt(i + 1) === CLOSE_CURLY) {
      if (depth <= 0) return finish(source, kind, start, inner, i, trimLeft, error);
      if (code === PERCENT) return finish(source, kind, start, inner, i, trimLeft, error ?? "a bracket is never closed");
      depth--; // the first `}` of `}}` closes a bracket
    } else if (code === CLOSE_PAREN || code === CLOSE_SQUARE || code === CLOSE_CURLY) {
      if (depth > 0) depth--;
      else error ??= `unexpected \`${source[i]}\``;
    }
  }
  return { kind: "unclosed", start, message: `a tag is never closed with \`${closer}\`` };
}

function finish(source: string, kind: TagKind, start: number, inner: number, close: number, trimLeft: boolean, error?: string): JinjaTag {
  const trimRight = close > inner && source.charCodeAt(close - 1) === MINUS;
  let from = inner;
  let to = trimRight ? close - 1 : close;
  while (from < to && isBlank(source.charCodeAt(from))) from++;
  while (to > from && isBlank(source.charCodeAt(to - 1))) to--;
  const tag: JinjaTag = { kind, start, end: close + 2, body: source.slice(from, to), bodyStart: from, trimLeft, trimRight };
  if (error) tag.error = error;
  return tag;
}

/** Just past the closing quote of the string literal opening at `start`, or -1. */
export function stringEnd(source: string, start: number): number {
  const quote = source[start];
  for (let i = start + 1; i < source.length; i++) {
    const char = source[i];
    if (char === "\\") i++;
    else if (char === quote) return i + 1;
  }
  return -1;
}

const ENDRAW = /\{%[-+]?\s*endraw\s*[-+]?%\}/g;

/** The `{% endraw %}` after `from`: where it starts and ends and its markers, or null. */
export function findEndRaw(source: string, from: number): { start: number; end: number; trimLeft: boolean; trimRight: boolean } | null {
  ENDRAW.lastIndex = from;
  const match = ENDRAW.exec(source);
  if (!match) return null;
  const text = match[0];
  return { start: match.index, end: match.index + text.length, trimLeft: text[2] === "-", trimRight: text[text.length - 3] === "-" };
}

const SPACE = /\s/;

/** Python's `str.rstrip()`, as Jinja's `{%-` applies it to the text before. */
export function trimEnd(text: string): string {
  let end = text.length;
  while (end > 0 && SPACE.test(text[end - 1]!)) end--;
  return text.slice(0, end);
}

/** Where the whitespace after `from` ends, as `-%}` skips it. */
export function skipSpace(source: string, from: number): number {
  let i = from;
  while (i < source.length && SPACE.test(source[i]!)) i++;
  return i;
}
