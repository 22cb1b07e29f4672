import { getDb, type Db } from "../db/client";

/** The current slug of a document that used to be reachable at `slug`, if any. */
export async function findRenamedSlug({ db = getDb(), slug }: { db?: Db; slug: string }): Promise<string | null> {
  const redirect = await db.slugRedirect.findUnique({ where: { slug }, select: { document: { select: { slug: true } } } });
  return redirect?.document.slug ?? null;
}
