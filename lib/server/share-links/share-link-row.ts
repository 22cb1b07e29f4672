import type { ShareAccess, ShareTarget } from "@/lib/contracts/share-links";

interface ShareLinkRow {
  target: string;
  versionNumber: number | null;
  labelName: string | null;
  access: string;
}

/** The stored columns back to the contract's shape. */
export function targetOf(row: ShareLinkRow): ShareTarget {
  if (row.target === "version" && row.versionNumber !== null) return { kind: "version", version: row.versionNumber };
  if (row.target === "label" && row.labelName !== null) return { kind: "label", label: row.labelName };
  return { kind: "head" };
}

export function accessOf(row: ShareLinkRow): ShareAccess {
  return row.access === "source" || row.access === "edit" ? row.access : "preview";
}
