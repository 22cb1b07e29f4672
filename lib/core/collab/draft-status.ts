import type { DraftMeta } from "./draft-doc";

const list = new Intl.ListFormat("en", { type: "conjunction" });

/**
 * The line above the editor: whether the shared draft differs from the version it is based
 * on, who changed it, and whether a newer version was saved elsewhere.
 */
export function draftStatusText(meta: DraftMeta, content: string, myName: string): string {
  const { base, head, editors, savedBy } = meta;
  if (!base) return "";
  const who = (name: string) => (name === myName ? "you" : name);
  const parts =
    content === base.content
      ? [`Draft matches v${base.number}`, ...(savedBy ? [`saved by ${who(savedBy)}`] : [])]
      : [`Draft differs from v${base.number}`, ...(editors.length > 0 ? [`changed by ${list.format(editors.map(who))}`] : [])];
  if (head !== null && head > base.number) parts.push(`v${head} was saved elsewhere; saving merges it in`);
  return parts.join(" · ");
}
