/** One mustache tag as written: where it is, its sigil and its trimmed body. */
export interface MustacheTag {
  start: number;
  end: number;
  /** "" for a variable; `{` is reported as `&`. */
  sigil: string;
  /** The trimmed inside after the sigil; "" for a comment, whose text is never used. */
  body: string;
  /** For a set-delimiter tag: the new delimiters, or null when they are malformed. */
  delimiters?: [string, string] | null;
}

/**
 * Tags that print nothing, so a line holding only them (and whitespace) vanishes: every sigil
 * but a variable's ("" or "&"). Asked once per tag, so no Set lookup.
 */
export const isNonPrinting = (sigil: string) => sigil !== "" && sigil !== "&";

/**
 * Reads the tag opening at `start` with the current delimiters, or null when it never closes.
 * A set-delimiter tag ends at the first `=` then the closer, so `{{={{ }}=}}` is one tag (as
 * mustache.js reads it). Runs in time proportional to the tag's length.
 */
export function readTag(source: string, start: number, open: string, close: string): MustacheTag | null {
  let i = start + open.length;
  if (source[i] === "{") {
    // `{{{name}}}`, or with other delimiters `<%{name}%>` (as mustache.js reads it).
    const closeAt = source.indexOf(`}${close}`, i + 1);
    if (closeAt === -1) return null;
    return { start, end: closeAt + 1 + close.length, sigil: "&", body: source.slice(i + 1, closeAt).trim() };
  }
  while (source[i] === " " || source[i] === "\t") i++;
  const first = source[i] ?? "";
  if (first === "=") {
    const equals = source.indexOf("=", i + 1);
    if (equals === -1) return null;
    const closeAt = source.indexOf(close, equals + 1);
    if (closeAt === -1) return null;
    const body = trimmedSlice(source, i + 1, equals);
    return { start, end: closeAt + close.length, sigil: "=", body, delimiters: isBlankRange(source, equals + 1, closeAt) ? delimitersIn(body) : null };
  }
  const closeAt = source.indexOf(close, i);
  if (closeAt === -1) return null;
  const sigil = first !== "" && "#^/!>&<$".includes(first) ? first : "";
  // A comment's text is never used: no copy of it is made.
  const body = sigil === "!" ? "" : trimmedSlice(source, sigil ? i + 1 : i, closeAt);
  return { start, end: closeAt + close.length, sigil, body };
}

const UNICODE_SPACE = /\s/;
/** JavaScript's `\s` (what `trim` removes), with the ASCII blanks decided without a regex. */
const isSpaceCode = (code: number) =>
  code < 128 ? code === 32 || (code >= 9 && code <= 13) : UNICODE_SPACE.test(String.fromCharCode(code));

/** `source.slice(from, to).trim()` for the usual blanks, making one string instead of two. */
function trimmedSlice(source: string, from: number, to: number): string {
  let a = from;
  let b = to;
  while (a < b && isSpaceCode(source.charCodeAt(a))) a++;
  while (b > a && isSpaceCode(source.charCodeAt(b - 1))) b--;
  return a === from && b === to ? source.slice(from, to) : source.slice(a, b);
}

function isBlankRange(source: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpaceCode(source.charCodeAt(i))) return false;
  return true;
}

/** The two delimiters of a set-delimiter body (`<% %>`), or null unless there are exactly two without `=`. */
function delimitersIn(body: string): [string, string] | null {
  let gap = 0;
  while (gap < body.length && !isSpaceCode(body.charCodeAt(gap))) gap++;
  let second = gap;
  while (second < body.length && isSpaceCode(body.charCodeAt(second))) second++;
  if (gap === 0 || second === gap || second === body.length) return null;
  for (let i = second; i < body.length; i++) if (isSpaceCode(body.charCodeAt(i))) return null;
  const opener = body.slice(0, gap);
  const closer = body.slice(second);
  return opener.includes("=") || closer.includes("=") ? null : [opener, closer];
}

const isBlank = (char: string | undefined) => char === " " || char === "\t";

/** Where the line after `end` ends: after its newline, or null when something else follows. */
export function lineEndAfter(source: string, end: number): { next: number; newline: number } | null {
  let i = end;
  while (isBlank(source[i])) i++;
  if (i >= source.length) return { next: i, newline: i };
  if (source[i] === "\n") return { next: i + 1, newline: i };
  if (source[i] === "\r" && source[i + 1] === "\n") return { next: i + 2, newline: i };
  return null;
}

/**
 * Where the line holding `start` begins when only blanks precede the tag on it, else null.
 * `floor` is where the previous tag's output ended and `floorAtLineStart` whether that is the
 * start of a line; the scan never goes back past `floor`, so the whole parse stays linear.
 */
export function blankLineStart(source: string, start: number, floor: number, floorAtLineStart: boolean): number | null {
  let i = start - 1;
  while (i >= floor && isBlank(source[i])) i--;
  if (i >= floor) return source[i] === "\n" ? i + 1 : null;
  return floorAtLineStart ? floor : null;
}
