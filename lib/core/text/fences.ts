/**
 * The one rule for Markdown fenced code blocks (``` or ~~~), following CommonMark: a fence
 * line starts with at most three spaces. A tab counts as four columns, so a tab-indented
 * ``` is indented code, not a fence. A block closes on a line holding only a run of the same
 * character at least as long as the opening run; an unclosed block runs to the end.
 *
 * Line-based readers (headings, titles, outlines) use `fencedLineMask`; offset-based readers
 * (the template engine, tag lints) use `fencedRanges` with `FenceCursor` or `insideRanges`.
 */

/** At most three spaces (never a tab), then a run of three or more ` or ~. */
const FENCE_RUN = " {0,3}(`{3,}|~{3,})";
const FENCE_LINE = new RegExp(`^${FENCE_RUN}`);

/** The fence run that opens or may close a block on this line, or null. */
function fenceMarker(line: string): string | null {
  return FENCE_LINE.exec(line)?.[1] ?? null;
}

function closes(line: string, marker: string, opening: string): boolean {
  return marker[0] === opening[0] && marker.length >= opening.length && line.trim() === marker;
}

/** Which lines sit inside fenced code blocks, fence lines included. */
export function fencedLineMask(lines: readonly string[]): boolean[] {
  const mask: boolean[] = [];
  let opening: string | null = null;
  for (const line of lines) {
    const marker = fenceMarker(line);
    if (opening === null) {
      if (marker) opening = marker;
      mask.push(marker !== null);
    } else {
      mask.push(true);
      if (marker && closes(line, marker, opening)) opening = null;
    }
  }
  return mask;
}

export function splitLines(content: string): string[] {
  return content.split(/\r?\n/);
}

/** Offset ranges [start, end) of fenced code blocks, fence lines included. */
export function fencedRanges(source: string): [number, number][] {
  const ranges: [number, number][] = [];
  // One regex pass over the source (not a loop over lines) keeps large documents fast.
  const fenceLines = new RegExp(`^${FENCE_RUN}[^\\n]*$`, "gm");
  let open: { start: number; marker: string } | null = null;
  for (let match = fenceLines.exec(source); match; match = fenceLines.exec(source)) {
    const marker = match[1]!;
    if (!open) {
      open = { start: match.index, marker };
    } else if (closes(match[0], marker, open.marker)) {
      ranges.push([open.start, match.index + match[0].length]);
      open = null;
    }
  }
  if (open) ranges.push([open.start, source.length]);
  return ranges;
}

export function insideRanges(ranges: readonly [number, number][], offset: number): boolean {
  for (const [start, end] of ranges) {
    if (offset < start) return false;
    if (offset < end) return true;
  }
  return false;
}

/**
 * `insideRanges` for offsets asked in increasing order: it remembers where it got to, so a
 * document with many fences and many tags is still read once.
 */
export class FenceCursor {
  private index = 0;

  constructor(private readonly ranges: readonly [number, number][]) {}

  inside(offset: number): boolean {
    while (this.index < this.ranges.length && this.ranges[this.index]![1] <= offset) this.index++;
    const range = this.ranges[this.index];
    return range !== undefined && range[0] <= offset;
  }
}
