import { GoSyntaxError, findStringEnd } from "./expression";

export interface GoAction {
  start: number;
  end: number;
  /** The action's inside, trim markers and surrounding spaces removed. */
  body: string;
  trimLeft: boolean;
  trimRight: boolean;
}

const isSpace = (char: string | undefined) => char === " " || char === "\t" || char === "\r" || char === "\n";

/**
 * Reads the action that opens at `start` (`{{`), honouring Go's lexical rules: `{{- ` and ` -}}`
 * trim markers need a space, comments run to `*\/`, and strings may contain `}}`.
 */
export function scanAction(source: string, start: number): GoAction {
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
      const bodyEnd = trimRight ? i - 2 : i;
      return { start, end: i + 2, body: source.slice(bodyStart, bodyEnd).trim(), trimLeft, trimRight };
    } else if (char === "\n" && !source.slice(bodyStart, i).trimStart().startsWith("/*")) {
      // Go allows newlines only inside comments and raw strings.
      throw new GoSyntaxError("an action is never closed with }}");
    }
  }
  throw new GoSyntaxError("an action is never closed with }}");
}

/** Go's trim: every space, tab, carriage return and newline next to the marker. */
export function trimEndSpace(text: string): string {
  let end = text.length;
  while (end > 0 && isSpace(text[end - 1])) end--;
  return text.slice(0, end);
}

export function skipSpace(source: string, from: number): number {
  let i = from;
  while (i < source.length && isSpace(source[i])) i++;
  return i;
}
