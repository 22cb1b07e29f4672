import type { DocumentAccess } from "../access/authorize";
import { ofTheDocument, theDocument } from "../access/scope";
import { getDb, type Db } from "../db/client";
import { notFound } from "../errors";

/**
 * A version by number, by label, or `latest`. Lookups by number are immutable (cacheable
 * forever); by label or latest they can change with the next move or save.
 */
export async function resolveVersion({ db = getDb(), access, ref }: { db?: Db; access: DocumentAccess; ref: number | string }) {
  const { slug } = access;
  const doc = await db.document.findUnique({ where: theDocument(access), select: { id: true, slug: true, title: true, dialect: true, workspaceId: true } });
  if (!doc) throw notFound(`There is no document "${slug}".`);
  let number: number | undefined;
  if (typeof ref === "number") {
    number = ref;
  } else if (ref === "latest") {
    number = (await db.version.findFirst({ where: ofTheDocument(access), orderBy: { number: "desc" }, select: { number: true } }))?.number;
  } else {
    const label = await db.label.findFirst({ where: { ...ofTheDocument(access), name: ref } });
    if (!label) throw notFound(`Document "${slug}" has no label "${ref}".`);
    number = label.versionNumber;
  }
  const version = number === undefined ? null : await db.version.findFirst({ where: { ...ofTheDocument(access), number } });
  if (!version) throw notFound(`Document "${slug}" has no version ${String(ref)}.`);
  return { document: doc, version, immutable: typeof ref === "number" };
}
