import { getDb, type Db } from "../db/client";
import { notFound } from "../errors";
import { invalidateReadCache } from "../cache/read-cache";

/** Hides a document from the library (or brings it back); nothing else changes. */
export async function setArchived({ db = getDb(), slug, archived }: { db?: Db; slug: string; archived: boolean }) {
  const { count } = await db.document.updateMany({
    where: { slug },
    data: { archivedAt: archived ? new Date() : null },
  });
  invalidateReadCache();
  if (count === 0) throw notFound(`There is no document "${slug}".`);
  return { slug, archived };
}
