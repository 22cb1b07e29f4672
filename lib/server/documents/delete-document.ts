import { getDb, type Db } from "../db/client";
import { notFound } from "../errors";
import { invalidateReadCache } from "../cache/read-cache";

/**
 * Deletes a document with its versions, labels and redirects, for good. The UI asks for the
 * title as confirmation and offers an export first.
 */
export async function deleteDocument({ db = getDb(), slug }: { db?: Db; slug: string }) {
  const { count } = await db.document.deleteMany({ where: { slug } });
  invalidateReadCache();
  if (count === 0) throw notFound(`There is no document "${slug}".`);
  return { slug, deleted: true };
}
