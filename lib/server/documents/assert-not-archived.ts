import type { DocumentAccess } from "../access/authorize";
import { theDocument } from "../access/scope";
import { getDb, type Db } from "../db/client";
import { AppError } from "../errors";

/** Archived documents are read-only until unarchived: saves, restores and label moves stop here. */
export async function assertNotArchived({ db = getDb(), access }: { db?: Db; access: DocumentAccess }): Promise<void> {
  const doc = await db.document.findUnique({ where: theDocument(access), select: { archivedAt: true } });
  if (doc?.archivedAt) throw new AppError("conflict", "This document is archived, so it is read-only. Unarchive it to change it.");
}
