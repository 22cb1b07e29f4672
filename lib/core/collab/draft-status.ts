import type { DraftMeta, DraftNotice } from "./draft-doc";

const list = new Intl.ListFormat("en", { type: "conjunction" });

/**
 * The line above the editor: whether the shared draft (text or form) differs from the version
 * it is based on, who changed it, and whether a newer version was saved elsewhere.
 */
export function draftStatusText(meta: DraftMeta, content: string, myName: string, formChanged = false): string {
  const { base, head, editors, savedBy } = meta;
  if (!base) return "";
  const who = (name: string) => (name === myName ? "you" : name);
  const changed = content !== base.content || formChanged;
  const parts = !changed
    ? [`Draft matches v${base.number}`, ...(savedBy ? [`saved by ${who(savedBy)}`] : [])]
    : [
        `Draft differs from v${base.number}${content === base.content ? " (form settings)" : ""}`,
        ...(editors.length > 0 ? [`changed by ${list.format(editors.map(who))}`] : []),
      ];
  if (head !== null && head > base.number) parts.push(`v${head} was saved elsewhere; saving merges it in`);
  return parts.join(" · ");
}

/** What a restore did to the draft, told to everyone who has it open. */
export function draftNoticeText(notice: DraftNotice | null, myName: string): string {
  if (!notice) return "";
  const mine = notice.byName === myName;
  const actor = mine ? "You" : notice.byName || "Someone";
  const what = notice.kind === "restored-version" ? `restored v${notice.number ?? "?"}` : "restored an earlier draft";
  if (!notice.kept) return `${actor} ${what}`;
  return `${actor} ${what}; ${mine ? "the draft it replaced" : "your draft"} was kept in Draft history`;
}
