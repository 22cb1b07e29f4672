import { saveVersionSchema, type SaveVersionInput } from "@/lib/contracts/documents";
import { getDb, type Db, type Tx } from "../db/client";
import { notFound } from "../errors";

export interface CreateVersionResult {
  created: boolean;
  number: number;
}

/**
 * Appends the next version to a document. Saving content identical to the newest version
 * creates nothing. The number is allocated inside the transaction and guarded by the
 * (documentId, number) unique index, so two saves can never share a number.
 */
export async function createVersion({ db = getDb(), input }: { db?: Db; input: SaveVersionInput }) {
  const { slug, content, message, authorName } = saveVersionSchema.parse(input);
  return db.$transaction((tx) => appendVersion(tx, { slug, content, message, authorName }));
}

export async function appendVersion(
  tx: Tx,
  { slug, content, message, authorName }: { slug: string; content: string; message: string; authorName: string },
): Promise<CreateVersionResult> {
  const doc = await tx.document.findUnique({
    where: { slug },
    select: { id: true, versions: { orderBy: { number: "desc" }, take: 1, select: { number: true, content: true } } },
  });
  if (!doc) throw notFound(`There is no document "${slug}".`);
  const head = doc.versions[0];
  if (head && head.content === content) return { created: false, number: head.number };
  const number = (head?.number ?? 0) + 1;
  await tx.version.create({ data: { documentId: doc.id, number, content, message, authorName } });
  await tx.document.update({ where: { id: doc.id }, data: { updatedAt: new Date() } });
  return { created: true, number };
}
