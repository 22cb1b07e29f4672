import { snapshotTitle } from "@/lib/core/collab/draft-history";
import type { DocumentAccess } from "../access/authorize";
import { ofTheDocument } from "../access/scope";
import { getDb, type Db } from "../db/client";
import { readJsonColumn, stringListColumn } from "../db/json-column";
import { notFound } from "../errors";
import { parseVariableSchema } from "../documents/variable-schema-column";

export interface DraftSnapshotSummary {
  id: string;
  title: string;
  reason: string;
  actorName: string;
  /** Who had changed the draft since its base when it was kept. */
  editors: string[];
  baseNumber: number | null;
  createdAt: Date;
}

const MAX_LISTED = 100;

/** A document's draft history, newest first (the newest 100). */
export async function listDraftSnapshots({ db = getDb(), access }: { db?: Db; access: DocumentAccess }): Promise<DraftSnapshotSummary[]> {
  const rows = await db.draftSnapshot.findMany({
    where: ofTheDocument(access),
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: MAX_LISTED,
    select: { id: true, reason: true, actorName: true, editors: true, baseNumber: true, createdAt: true },
  });
  return rows.map((row) => ({ ...row, editors: parseNames(row.editors), title: snapshotTitle(row) }));
}

/** One kept draft of a document, with its text and form. */
export async function getDraftSnapshot({ db = getDb(), access, id }: { db?: Db; access: DocumentAccess; id: string }) {
  const row = await db.draftSnapshot.findFirst({ where: { id, ...ofTheDocument(access) } });
  if (!row) throw notFound("This document has no such draft in its history.");
  return { ...row, editors: parseNames(row.editors), variables: parseVariableSchema(row.variables), title: snapshotTitle(row) };
}

export function parseNames(stored: string): string[] {
  return readJsonColumn(stored, { schema: stringListColumn, fallback: [], column: "editors" });
}
