import { diffWordsWithSpace } from "diff";
import { diffHunks, splitKeepingEnds } from "./lines";

/** One line of a diff as read: unchanged (numbered on both sides), removed or added. */
export interface DiffRow {
  kind: "same" | "removed" | "added";
  /** 1-based line numbers in the old and the new text. */
  old: number | null;
  new: number | null;
  /** The line without its terminator. */
  text: string;
  /** The line ends the text without a line break. */
  noNewline: boolean;
}

function row(kind: DiffRow["kind"], old: number | null, next: number | null, line: string): DiffRow {
  const noNewline = !line.endsWith("\n");
  return { kind, old, new: next, text: line.replace(/\r?\n$/, ""), noNewline };
}

/**
 * Every line of both texts in reading order: unchanged lines once, then within each change the
 * removed lines before the added ones. Built on the same line diff as the section summary.
 */
export function diffRows(before: string, after: string): DiffRow[] {
  const oldLines = splitKeepingEnds(before);
  const newLines = splitKeepingEnds(after);
  const rows: DiffRow[] = [];
  let o = 0;
  let n = 0;
  const same = (until: number) => {
    for (; o < until; o++, n++) rows.push(row("same", o + 1, n + 1, oldLines[o]!));
  };
  for (const hunk of diffHunks(oldLines, newLines)) {
    same(hunk.start);
    for (; o < hunk.end; o++) rows.push(row("removed", o + 1, null, oldLines[o]!));
    for (const line of hunk.lines) rows.push(row("added", null, ++n, line));
  }
  same(oldLines.length);
  return rows;
}

/** Rows shown as they are, or a run of unchanged rows folded away (opened on request). */
export interface DiffBlock {
  folded: boolean;
  rows: DiffRow[];
}

/**
 * Folds long runs of unchanged lines, keeping `context` lines next to each change. A fold
 * shorter than `minFold` lines stays open: hiding three lines behind a control saves nothing.
 */
export function foldUnchanged(rows: DiffRow[], context = 3, minFold = 4): DiffBlock[] {
  const blocks: DiffBlock[] = [];
  const push = (folded: boolean, part: DiffRow[]) => {
    if (part.length === 0) return;
    const last = blocks.at(-1);
    if (last && last.folded === folded && !folded) last.rows.push(...part);
    else blocks.push({ folded, rows: part });
  };
  let start = 0;
  while (start < rows.length) {
    let end = start;
    const kind = rows[start]!.kind === "same";
    while (end < rows.length && (rows[end]!.kind === "same") === kind) end++;
    const run = rows.slice(start, end);
    if (!kind) push(false, run);
    else {
      const keepBefore = start === 0 ? 0 : context;
      const keepAfter = end === rows.length ? 0 : context;
      if (run.length - keepBefore - keepAfter < minFold) push(false, run);
      else {
        push(false, run.slice(0, keepBefore));
        push(true, run.slice(keepBefore, run.length - keepAfter));
        push(false, run.slice(run.length - keepAfter));
      }
    }
    start = end;
  }
  return blocks;
}

/** A row of the side-by-side view: the old line on the left, the new on the right. */
export interface SplitRow {
  left: DiffRow | null;
  right: DiffRow | null;
}

/** Pairs each change's removed lines with its added lines, in order, for the side-by-side view. */
export function pairRows(rows: DiffRow[]): SplitRow[] {
  const pairs: SplitRow[] = [];
  let i = 0;
  while (i < rows.length) {
    const current = rows[i]!;
    if (current.kind === "same") {
      pairs.push({ left: current, right: current });
      i++;
      continue;
    }
    const removed: DiffRow[] = [];
    const added: DiffRow[] = [];
    while (i < rows.length && rows[i]!.kind === "removed") removed.push(rows[i++]!);
    while (i < rows.length && rows[i]!.kind === "added") added.push(rows[i++]!);
    for (let k = 0; k < Math.max(removed.length, added.length); k++) pairs.push({ left: removed[k] ?? null, right: added[k] ?? null });
  }
  return pairs;
}

/** A piece of a changed line, marked when it is what changed. */
export interface Segment {
  text: string;
  changed: boolean;
}

// Past this a word diff of one line costs more than it tells.
const MAX_WORD_DIFF_CHARS = 2000;

/** What changed inside a line that was edited rather than replaced: the words on each side. */
export function wordChanges(before: string, after: string): { old: Segment[]; new: Segment[] } | null {
  if (before.length + after.length > MAX_WORD_DIFF_CHARS) return null;
  const parts = diffWordsWithSpace(before, after);
  const unchanged = parts.filter((part) => !part.added && !part.removed).reduce((sum, part) => sum + part.value.trim().length, 0);
  // Nothing in common but spaces: the line was replaced, and marking every word says nothing.
  if (unchanged === 0) return null;
  return {
    old: parts.filter((part) => !part.added).map((part) => ({ text: part.value, changed: Boolean(part.removed) })),
    new: parts.filter((part) => !part.removed).map((part) => ({ text: part.value, changed: Boolean(part.added) })),
  };
}
