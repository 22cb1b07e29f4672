/** One mustache tag as written: where it is, its sigil and its trimmed body. */
export interface MustacheTag {
  start: number;
  end: number;
  /** "" for a variable; `{` is reported as `&`. */
  sigil: string;
  body: string;
  /** For a set-delimiter tag: the new delimiters, or null when they are malformed. */
  delimiters?: [string, string] | null;
}

/** Tags that print nothing, so a line holding only them (and whitespace) vanishes. */
export const NON_PRINTING = new Set(["#", "^", "/", "!", ">", "=", "<", "$"]);

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
    const parts = source.slice(i + 1, equals).trim().split(/\s+/);
    const tail = source.slice(equals + 1, closeAt).trim();
    const valid = parts.length === 2 && tail === "" && parts.every((part) => part !== "" && !part.includes("="));
    return { start, end: closeAt + close.length, sigil: "=", body: source.slice(i + 1, equals).trim(), delimiters: valid ? (parts as [string, string]) : null };
  }
  const closeAt = source.indexOf(close, i);
  if (closeAt === -1) return null;
  const sigil = "#^/!>&<$".includes(first) && first !== "" ? first : "";
  const body = source.slice(sigil ? i + 1 : i, closeAt).trim();
  return { start, end: closeAt + close.length, sigil, body };
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
