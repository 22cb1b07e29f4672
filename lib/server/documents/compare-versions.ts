import { summarizeSectionChanges } from "@/lib/core/outline/section-changes";
import { getDb, type Db } from "../db/client";
import { notFound } from "../errors";

/** Two versions of a document, with where they differ per section of the outline. */
export async function compareVersions({ db = getDb(), slug, from, to }: { db?: Db; slug: string; from: number; to: number }) {
  const doc = await db.document.findUnique({
    where: { slug },
    select: { id: true, slug: true, title: true, versions: { select: { number: true }, orderBy: { number: "desc" } } },
  });
  if (!doc) throw notFound(`There is no document "${slug}".`);
  const [older, newer] = await Promise.all(
    [from, to].map((number) => db.version.findUnique({ where: { documentId_number: { documentId: doc.id, number } } })),
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
