import type { DocumentAccess } from "../access/authorize";
import { ofTheDocument } from "../access/scope";
import { getDb, type Db } from "../db/client";

/** The history of every label of a document, newest first. */
export async function listLabelEvents({ db = getDb(), access }: { db?: Db; access: DocumentAccess }) {
  return db.labelEvent.findMany({
    where: ofTheDocument(access),
    orderBy: { createdAt: "desc" },
    select: { name: true, fromNumber: true, toNumber: true, actorName: true, createdAt: true },
  });
}
