import { diffHunks, splitKeepingEnds } from "../versions/lines";
import { buildOutline, sectionPathAt } from "./outline";

export interface SectionChange {
  /** "<instructions> › ## Rules", or "(top of document)" outside every section. */
  section: string;
  linesChanged: number;
}

const OUTSIDE = "(top of document)";

/**
 * Where two versions differ, per innermost section: each changed block counts the larger of
 * the lines it removed and added, and is placed by the section it lands in in the newer text
 * (or, for a pure deletion, the section it was removed from).
 */
export function summarizeSectionChanges(from: string, to: string): SectionChange[] {
  const fromLines = splitKeepingEnds(from);
  const toLines = splitKeepingEnds(to);
  const fromOutline = buildOutline(from);
  const toOutline = buildOutline(to);
  const totals = new Map<string, number>();
  let shift = 0; // line offset from `from` to `to` before the current hunk
  for (const hunk of diffHunks(fromLines, toLines)) {
    const added = hunk.lines.length;
    const removed = hunk.end - hunk.start;
    const path =
      added > 0
        ? sectionPathAt(toOutline, hunk.start + shift + 1)
        : sectionPathAt(fromOutline, hunk.start + 1);
    const name = path.map((node) => node.title).join(" › ") || OUTSIDE;
    totals.set(name, (totals.get(name) ?? 0) + Math.max(added, removed));
    shift += added - removed;
  }
  return [...totals].map(([section, linesChanged]) => ({ section, linesChanged }));
}

export function describeSectionChange({ section, linesChanged }: SectionChange): string {
  return `${section}: ${linesChanged} line${linesChanged === 1 ? "" : "s"} changed`;
}
