import { getDb, type Db } from "../db/client";
import { notFound } from "../errors";

/** One immutable version of a document, with the document's title for display. */
export async function getVersion({ db = getDb(), slug, number }: { db?: Db; slug: string; number: number }) {
  const version = await db.version.findFirst({
    where: { number, document: { slug } },
    include: { document: { select: { title: true, slug: true, format: true } } },
  });
  if (!version) throw notFound(`Document "${slug}" has no version ${number}.`);
  const latest = await db.version.count({ where: { documentId: version.documentId } });
  return { ...version, isLatest: version.number === latest };
}
