import type { Position, SourceRange } from "./types";

/**
 * Offset → line and column over line starts computed once per source. Parsers ask in source
 * order, so the last answer is the starting point (O(1) amortised); anything else is a binary
 * search.
 */
export class LineIndex {
  private readonly starts: number[] = [0];
  private last = 0;

  constructor(source: string) {
    for (let i = source.indexOf("\n"); i !== -1; i = source.indexOf("\n", i + 1)) this.starts.push(i + 1);
  }

  position(offset: number): Position {
    const starts = this.starts;
    let line = this.last;
    if (starts[line]! <= offset) {
      while (line + 1 < starts.length && starts[line + 1]! <= offset) line++;
      this.last = line;
      return { offset, line: line + 1, column: offset - starts[line]! + 1 };
    }
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { offset, line: low + 1, column: offset - this.starts[low]! + 1 };
  }

  range(start: number, end: number): SourceRange {
    return { start: this.position(start), end: this.position(end) };
  }
}

/** What a parse read: the nodes it makes point into this (one object per parse, not per tag). */
export interface TemplateOrigin {
  readonly source: string;
  readonly lines: LineIndex;
}

/** What the helpers below need of a tag (node-base.ts's Tagged has it; named here to avoid a cycle). */
type Tagged = { start: number; end: number; origin: TemplateOrigin; closeEnd?: number };

/** A tag's range, for people (problems, missing variables); computed on demand. */
export function rangeOf(tag: Tagged): SourceRange {
  return tag.origin.lines.range(tag.start, tag.end);
}

/** The tag exactly as written, which a lenient render leaves in place of a missing value. */
export function rawOf(tag: Tagged): string {
  return tag.origin.source.slice(tag.start, tag.end);
}

/** The line a tag starts on, for messages. */
export function lineOf(tag: Tagged): number {
  return tag.origin.lines.position(tag.start).line;
}

/** Where the tag closing a block ends, or null when none did. */
export function closeEndOf(tag: Tagged): Position | null {
  return tag.closeEnd === undefined || tag.closeEnd < 0 ? null : tag.origin.lines.position(tag.closeEnd);
}

/** A tag as quoted in a message: huge tags are shortened, so a problem never copies megabytes. */
export function quoteTag(raw: string): string {
  return raw.length <= 80 ? raw : `${raw.slice(0, 60)}…${raw.slice(-12)}`;
}

// An editor shows a few hundred problems at most; a million would only cost memory and time.
export const MAX_PROBLEMS = 1_000;
