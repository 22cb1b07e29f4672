import type { DocumentAccess } from "../access/authorize";
import { ofTheDocument } from "../access/scope";
import { getDb, type Db } from "../db/client";
import { notFound } from "../errors";

/** One immutable version of a document, with the document's title for display. */
export async function getVersion({ db = getDb(), access, number }: { db?: Db; access: DocumentAccess; number: number }) {
  const version = await db.version.findFirst({
    where: { ...ofTheDocument(access), number },
    include: { document: { select: { title: true, slug: true, format: true } } },
  });
  if (!version) throw notFound(`Document "${access.slug}" has no version ${number}.`);
  const latest = await db.version.count({ where: ofTheDocument(access) });
  return { ...version, isLatest: version.number === latest };
}
