export interface Standalone {
  /** Where the tag's line starts: the text before it on that line (whitespace) is dropped. */
  lineStart: number;
  /** Where rendering resumes: after the line's end, so the line vanishes. */
  next: number;
  indent: string;
}

/**
 * Mustache's standalone rule: a section, inverted, closing, comment, partial or delimiter tag
 * alone on its line (whitespace around it only) removes the whole line from the output.
 */
export function isStandalone(source: string, start: number, end: number): Standalone | null {
  const lineStart = source.lastIndexOf("\n", start - 1) + 1;
  for (let i = lineStart; i < start; i++) if (source[i] !== " " && source[i] !== "\t") return null;
  let i = end;
  while (source[i] === " " || source[i] === "\t") i++;
  if (i < source.length && source[i] !== "\n" && !(source[i] === "\r" && source[i + 1] === "\n")) return null;
  const next = i >= source.length ? i : source[i] === "\r" ? i + 2 : i + 1;
  return { lineStart, next, indent: source.slice(lineStart, start) };
}
