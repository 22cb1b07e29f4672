import type { VariableSchema } from "../variables/schema";
import { sameForm } from "./draft-form";

/**
 * Draft history: copies of the live draft kept so that nothing typed is ever unrecoverable.
 * Taken every few minutes while the draft changes, and before anything replaces it.
 */
export type SnapshotReason = "periodic" | "before-restore" | "before-version" | "before-snapshot-restore";

/** How often a changing draft is copied into its history. */
export const SNAPSHOT_INTERVAL_MS = 3 * 60_000;

export interface DraftCopy {
  content: string;
  variables: VariableSchema;
}

/**
 * Whether the draft holds anything that would be lost without a snapshot now: work that is not
 * in its base version, not what is about to replace it, and not already the newest snapshot.
 */
export function needsSnapshot({
  draft,
  base,
  incoming = null,
  last = null,
}: {
  draft: DraftCopy;
  /** The version the draft is based on (its text and form are kept as that version). */
  base: DraftCopy | null;
  /** What is about to replace the draft, if anything. */
  incoming?: DraftCopy | null;
  /** The draft's newest snapshot. */
  last?: DraftCopy | null;
}): boolean {
  const same = (other: DraftCopy | null) => other !== null && other.content === draft.content && sameForm(other.variables, draft.variables);
  return !same(base) && !same(incoming) && !same(last);
}

/** The others whose edits a save includes: the draft's editors since its base, minus the author. */
export function coAuthorsOf(editors: readonly string[], authorName: string): string[] {
  return [...new Set(editors.filter((name) => name.trim() !== "" && name !== authorName))];
}

const list = new Intl.ListFormat("en", { type: "conjunction" });

/** "Ana", or "Ana with Ben and Cy". */
export function authorLine(authorName: string, coAuthors: readonly string[]): string {
  return coAuthors.length === 0 ? authorName : `${authorName} with ${list.format(coAuthors)}`;
}

/** The line a snapshot is listed under: why it was kept and by whom. */
export function snapshotTitle({ reason, actorName, baseNumber }: { reason: string; actorName: string; baseNumber: number | null }): string {
  const by = actorName ? `, by ${actorName}` : "";
  switch (reason) {
    case "before-restore":
      return `Draft before restore${by}`;
    case "before-snapshot-restore":
      return `Draft before restoring an earlier draft${by}`;
    case "before-version":
      return `Draft before a version saved elsewhere${by}`;
    default:
      return baseNumber === null ? "Draft while editing" : `Draft while editing (based on v${baseNumber})`;
  }
}
