/**
 * Offset ranges [start, end) of fenced code blocks (``` or ~~~). Tags inside them are plain
 * text when `ignoreFencedCode` is on, and never count when detecting the dialect.
 */
export function fencedRanges(source: string): [number, number][] {
  const ranges: [number, number][] = [];
  const fence = /^[ ]{0,3}(`{3,}|~{3,})[^\n]*$/gm;
  let open: { start: number; marker: string } | null = null;
  for (let match = fence.exec(source); match; match = fence.exec(source)) {
    const marker = match[1]!;
    if (!open) {
      open = { start: match.index, marker };
    } else if (marker[0] === open.marker[0] && marker.length >= open.marker.length && match[0].trim() === marker) {
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
