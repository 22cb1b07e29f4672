import { getDb, type Db } from "../db/client";

/** Newest content by slug, for the documents a preview includes; unknown slugs are left out. */
export async function loadIncludeSources({ db = getDb(), slugs }: { db?: Db; slugs: string[] }): Promise<Record<string, string>> {
  const documents = await db.document.findMany({
    where: { slug: { in: slugs } },
    select: { slug: true, versions: { orderBy: { number: "desc" }, take: 1, select: { content: true } } },
  });
  return Object.fromEntries(documents.map((doc) => [doc.slug, doc.versions[0]?.content ?? ""]));
}
