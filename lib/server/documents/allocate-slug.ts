import { randomBytes } from "node:crypto";
import { uniqueSlug, withSuffix } from "@/lib/core/documents";
import type { Tx } from "../db/client";

/**
 * A free slug for a new document in `workspaceId`, starting from `base`. Slugs are unique
 * across workspaces (so /d/<slug> needs no workspace part), yet a workspace must not learn
 * which slugs others use: numbering (`-2`, `-3`) counts only this workspace's own documents,
 * which its members see anyway, and a slug another workspace holds is passed over with a
 * random suffix (`-k3f9`) that says nothing about how many there are or what they are called.
 */
export async function allocateSlug(tx: Tx, base: string, workspaceId: string): Promise<string> {
  const rows = await tx.document.findMany({ where: { slug: { startsWith: base } }, select: { slug: true, workspaceId: true } });
  const own = new Set(rows.filter((row) => row.workspaceId === workspaceId).map((row) => row.slug));
  const candidate = uniqueSlug(base, (slug) => own.has(slug));
  if (!rows.some((row) => row.slug === candidate)) return candidate;
  for (;;) {
    const random = withSuffix(base, randomSuffix());
    if (!(await tx.document.findUnique({ where: { slug: random }, select: { id: true } }))) return random;
  }
}

/** Four characters of [a-z0-9]: 1.7 million, so a clash (checked anyway) is rare. */
function randomSuffix(): string {
  const alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
  return Array.from(randomBytes(4), (byte) => alphabet[byte % alphabet.length]).join("");
}
