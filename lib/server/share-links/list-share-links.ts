import type { DocumentAccess } from "../access/authorize";
import { ofTheDocument } from "../access/scope";
import { getDb, type Db } from "../db/client";
import { accessOf, targetOf } from "./share-link-row";

/** A document's links with creator and last use, newest first; revoked and expired ones stay listed, marked. */
export async function listShareLinks({ db = getDb(), access }: { db?: Db; access: DocumentAccess }) {
  const rows = await db.shareLink.findMany({ where: ofTheDocument(access), orderBy: { createdAt: "desc" } });
  return rows.map((row) => ({
    id: row.id,
    target: targetOf(row),
    access: accessOf(row),
    hasValues: row.values !== "{}",
    creatorName: row.creatorName,
    createdAt: row.createdAt,
    expiresAt: row.expiresAt,
    lastUsedAt: row.lastUsedAt,
    revokedAt: row.revokedAt,
  }));
}
export type ShareLinkSummary = Awaited<ReturnType<typeof listShareLinks>>[number];
