import { GoSyntaxError, findStringEnd } from "./expression";

/**
 * An action as offsets: its inside runs from `bodyStart` to `bodyEnd`, trim markers and the
 * blanks around them left out. One object per parse, refilled for every action: the body is
 * copied out only when an action needs it as a string.
 */
export interface GoAction {
  start: number;
  end: number;
  bodyStart: number;
  bodyEnd: number;
  trimLeft: boolean;
  trimRight: boolean;
}

export const newAction = (): GoAction => ({ start: 0, end: 0, bodyStart: 0, bodyEnd: 0, trimLeft: false, trimRight: false });

const isSpace = (char: string | undefined) => char === " " || char === "\t" || char === "\r" || char === "\n";

/** What String.prototype.trim and a regex's `\s` take for a blank. */
export function isJsSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 160) return false;
  return code === 160 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/**
 * Reads the action that opens at `start` (`{{`) into `action`, honouring Go's lexical rules:
 * `{{- ` and ` -}}` trim markers need a space, comments run to `*\/`, and strings may contain
 * `}}`. Throws GoSyntaxError when the action is never closed.
 */
export function scanAction(source: string, start: number, action: GoAction) {
  let i = start + 2;
  const trimLeft = source[i] === "-" && isSpace(source[i + 1]);
  if (trimLeft) i += 2;
  while (isSpace(source[i])) i++;
  const bodyStart = i;
  if (source.startsWith("/*", i)) {
    const close = source.indexOf("*/", i + 2);
    if (close === -1) throw new GoSyntaxError("a comment is never closed with */");
    i = close + 2;
  }
  for (; i < source.length; i++) {
    const char = source[i];
    if (char === '"' || char === "`") {
      i = findStringEnd(source, i) - 1;
    } else if (char === "}" && source[i + 1] === "}") {
      const trimRight = source[i - 1] === "-" && isSpace(source[i - 2]) && i - 2 >= bodyStart;
      let from = bodyStart;
      let to = trimRight ? i - 2 : i;
      while (from < to && isJsSpace(source.charCodeAt(from))) from++;
      while (to > from && isJsSpace(source.charCodeAt(to - 1))) to--;
      action.start = start;
      action.end = i + 2;
      action.bodyStart = from;
      action.bodyEnd = to;
      action.trimLeft = trimLeft;
      action.trimRight = trimRight;
      return;
    } else if (char === "\n" && !source.slice(bodyStart, i).trimStart().startsWith("/*")) {
      // Go allows newlines only inside comments and raw strings.
      throw new GoSyntaxError("an action is never closed with }}");
    }
  }
  throw new GoSyntaxError("an action is never closed with }}");
}

export function skipSpace(source: string, from: number): number {
  let i = from;
  while (i < source.length && isSpace(source[i])) i++;
  return i;
}
