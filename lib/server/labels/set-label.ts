import { setLabelSchema, type SetLabelInput } from "@/lib/contracts/labels";
import { getDb, type Db } from "../db/client";
import { notFound } from "../errors";
import { invalidateReadCache } from "../cache/read-cache";

/**
 * Points a label at a version, creating it if needed, and records the move (who, when, from,
 * to) in the same transaction. Moving a label to where it already is records nothing.
 */
export async function setLabel({ db = getDb(), input }: { db?: Db; input: SetLabelInput }) {
  const { slug, name, version, actorName } = setLabelSchema.parse(input);
  return db.$transaction(async (tx) => {
    const doc = await tx.document.findUnique({ where: { slug }, select: { id: true } });
    if (!doc) throw notFound(`There is no document "${slug}".`);
    const exists = await tx.version.count({ where: { documentId: doc.id, number: version } });
    if (!exists) throw notFound(`Document "${slug}" has no version ${version}.`);
    const current = await tx.label.findUnique({ where: { documentId_name: { documentId: doc.id, name } } });
    if (current?.versionNumber === version) return { name, version, moved: false };
    await tx.label.upsert({
      where: { documentId_name: { documentId: doc.id, name } },
      create: { documentId: doc.id, name, versionNumber: version, updatedBy: actorName },
      update: { versionNumber: version, updatedBy: actorName },
    });
    invalidateReadCache();
    await tx.labelEvent.create({
      data: { documentId: doc.id, name, fromNumber: current?.versionNumber ?? null, toNumber: version, actorName },
    });
    return { name, version, moved: true };
  });
}
