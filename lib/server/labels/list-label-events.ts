import { getDb, type Db } from "../db/client";

/** The history of every label of a document, newest first. */
export async function listLabelEvents({ db = getDb(), slug }: { db?: Db; slug: string }) {
  return db.labelEvent.findMany({
    where: { document: { slug } },
    orderBy: { createdAt: "desc" },
    select: { name: true, fromNumber: true, toNumber: true, actorName: true, createdAt: true },
  });
}
