import { summarizeSectionChanges } from "@/lib/core/outline/section-changes";
import type { DocumentAccess } from "../access/authorize";
import { ofTheDocument, theDocument } from "../access/scope";
import { getDb, type Db } from "../db/client";
import { notFound } from "../errors";

/** Two versions of a document, with where they differ per section of the outline. */
export async function compareVersions({ db = getDb(), access, from, to }: { db?: Db; access: DocumentAccess; from: number; to: number }) {
  const { slug } = access;
  const doc = await db.document.findUnique({
    where: theDocument(access),
    select: { id: true, slug: true, title: true, versions: { select: { number: true }, orderBy: { number: "desc" } } },
  });
  if (!doc) throw notFound(`There is no document "${slug}".`);
  const [older, newer] = await Promise.all(
    [from, to].map((number) => db.version.findFirst({ where: { ...ofTheDocument(access), number } })),
  );
  if (!older) throw notFound(`Document "${slug}" has no version ${from}.`);
  if (!newer) throw notFound(`Document "${slug}" has no version ${to}.`);
  return {
    document: { slug: doc.slug, title: doc.title, versionNumbers: doc.versions.map((v) => v.number) },
    from: older,
    to: newer,
    sections: summarizeSectionChanges(older.content, newer.content),
  };
}
