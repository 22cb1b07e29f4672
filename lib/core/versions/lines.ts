import { diffArrays } from "diff";

/** Splits text into lines that keep their terminators, so joining them restores it exactly. */
export function splitKeepingEnds(text: string): string[] {
  if (text === "") return [];
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

/** A change to the base: lines [start, end) of the base are replaced by `lines`. */
export interface Hunk {
  start: number;
  end: number;
  lines: string[];
}

/** The hunks that turn `base` into `other`, in base order. */
export function diffHunks(base: readonly string[], other: readonly string[]): Hunk[] {
  const hunks: Hunk[] = [];
  let position = 0;
  let open: Hunk | null = null;
  for (const part of diffArrays(base as string[], other as string[])) {
    if (!part.added && !part.removed) {
      if (open) hunks.push(open);
      open = null;
      position += part.count ?? part.value.length;
      continue;
    }
    open ??= { start: position, end: position, lines: [] };
    if (part.removed) {
      position += part.count ?? part.value.length;
      open.end = position;
    } else {
      open.lines.push(...part.value);
    }
  }
  if (open) hunks.push(open);
  return hunks;
}
