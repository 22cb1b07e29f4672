import { updateDocumentSchema, type UpdateDocumentInput } from "@/lib/contracts/documents";
import { getDb, type Db } from "../db/client";
import { AppError, notFound } from "../errors";
import { serializeTags } from "./tags";
import { invalidateReadCache } from "../cache/read-cache";
import type { AuditActor } from "../access/actor";
import { recordAuditEvent } from "../audit/record-audit-event";

/**
 * Changes a document's title, slug, description, tags or template dialect. A new slug keeps the old one working
 * as a redirect; a slug another document uses is refused.
 */
export async function updateDocument({ db = getDb(), input, actor }: { db?: Db; input: UpdateDocumentInput; actor: AuditActor }) {
  const { slug, title, newSlug, description, tags, dialect } = updateDocumentSchema.parse(input);
  return db.$transaction(async (tx) => {
    const doc = await tx.document.findUnique({
      where: { slug },
      select: { id: true, workspaceId: true, title: true, slug: true, description: true, tags: true, dialect: true },
    });
    if (!doc) throw notFound(`There is no document "${slug}".`);
    if (newSlug && newSlug !== slug) {
      if (await tx.document.findUnique({ where: { slug: newSlug }, select: { id: true } })) {
        throw new AppError("conflict", `Another document already uses the slug "${newSlug}".`);
      }
      // The new slug may have been an old name of this or another document: it is taken over.
      await tx.slugRedirect.deleteMany({ where: { slug: newSlug } });
      await tx.slugRedirect.upsert({
        where: { slug },
        create: { slug, documentId: doc.id },
        update: { documentId: doc.id },
      });
    }
    invalidateReadCache();
    const updated = await tx.document.update({
      where: { id: doc.id },
      data: {
        ...(title !== undefined && { title }),
        ...(newSlug !== undefined && { slug: newSlug }),
        ...(description !== undefined && { description }),
        ...(tags !== undefined && { tags: serializeTags(tags) }),
        ...(dialect !== undefined && { dialect }),
      },
      select: { slug: true, title: true, description: true, tags: true, dialect: true },
    });
    const { id: _id, workspaceId, ...before } = doc;
    await recordAuditEvent(tx, { workspaceId, actor, action: "document.update", target: slug, before, after: updated });
    return { slug: updated.slug };
  });
}
