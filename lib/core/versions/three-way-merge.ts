import { diffHunks, splitKeepingEnds, type Hunk } from "./lines";

export interface MergeResult {
  /** True when no change overlapped: `text` is the merge and can be saved as it is. */
  clean: boolean;
  /** The merge; with conflicts, each one is framed by Git-style markers for a person to resolve. */
  text: string;
  conflicts: number;
}

export const CONFLICT_MARKERS = { ours: "<<<<<<< your edits", base: "=======", theirs: ">>>>>>> saved meanwhile" };

/**
 * Line-based three-way merge (diff3): the changes `ours` and `theirs` each made to `base` are
 * combined; where both changed the same lines differently, the result holds a conflict.
 * Identical changes on both sides merge silently.
 */
export function threeWayMerge(base: string, ours: string, theirs: string): MergeResult {
  if (ours === theirs) return { clean: true, text: ours, conflicts: 0 };
  if (ours === base) return { clean: true, text: theirs, conflicts: 0 };
  if (theirs === base) return { clean: true, text: ours, conflicts: 0 };

  const baseLines = splitKeepingEnds(base);
  const tagged = [
    ...diffHunks(baseLines, splitKeepingEnds(ours)).map((hunk) => ({ ...hunk, side: "ours" as const })),
    ...diffHunks(baseLines, splitKeepingEnds(theirs)).map((hunk) => ({ ...hunk, side: "theirs" as const })),
  ].sort((a, b) => a.start - b.start || a.end - b.end);

  const out: string[] = [];
  let position = 0;
  let conflicts = 0;
  for (let i = 0; i < tagged.length; ) {
    // Gather every hunk that overlaps the group, so each conflict covers whole changes.
    const group = [tagged[i]!];
    let end = tagged[i]!.end;
    i++;
    while (i < tagged.length && overlaps(tagged[i]!, group[0]!.start, end)) {
      group.push(tagged[i]!);
      end = Math.max(end, tagged[i]!.end);
      i++;
    }
    const start = group[0]!.start;
    out.push(...baseLines.slice(position, start));
    const ours = group.filter((hunk) => hunk.side === "ours");
    const theirs = group.filter((hunk) => hunk.side === "theirs");
    const oursText = applyWithin(baseLines, start, end, ours);
    const theirsText = applyWithin(baseLines, start, end, theirs);
    if (ours.length === 0 || theirs.length === 0 || sameLines(oursText, theirsText)) {
      out.push(...(ours.length === 0 ? theirsText : oursText));
    } else {
      conflicts++;
      out.push(markerLine(CONFLICT_MARKERS.ours), ...withEnd(oursText), markerLine(CONFLICT_MARKERS.base));
      out.push(...withEnd(theirsText), markerLine(CONFLICT_MARKERS.theirs));
    }
    position = end;
  }
  out.push(...baseLines.slice(position));
  return { clean: conflicts === 0, text: out.join(""), conflicts };
}

/** Two insertions at one point, or ranges that share a line, touch the same place. */
function overlaps(hunk: Hunk, start: number, end: number): boolean {
  if (hunk.start === start) return true;
  return hunk.start < end;
}

/** The base lines [start, end) with one side's hunks applied. */
function applyWithin(base: readonly string[], start: number, end: number, hunks: readonly Hunk[]): string[] {
  const result: string[] = [];
  let position = start;
  for (const hunk of hunks) {
    result.push(...base.slice(position, hunk.start), ...hunk.lines);
    position = hunk.end;
  }
  result.push(...base.slice(position, end));
  return result;
}

function sameLines(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((line, index) => line === b[index]);
}

function markerLine(marker: string): string {
  return `${marker}\n`;
}

/** Conflict sides must end with a newline or the closing marker would join the last line. */
function withEnd(lines: readonly string[]): string[] {
  const last = lines[lines.length - 1];
  return last === undefined || last.endsWith("\n") ? [...lines] : [...lines.slice(0, -1), `${last}\n`];
}
