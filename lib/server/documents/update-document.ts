import { updateDocumentSchema, type UpdateDocumentInput } from "@/lib/contracts/documents";
import { getDb, type Db, type Tx } from "../db/client";
import { AppError, notFound } from "../errors";
import { serializeTags } from "./tags";
import { publish } from "../events/domain-events";
import type { AuditActor } from "../access/actor";
import type { DocumentAccess } from "../access/authorize";
import { theDocument } from "../access/scope";
import { recordAuditEvent } from "../audit/record-audit-event";

/**
 * Refuses a slug in use. Inside the workspace the caller sees that document anyway, so it is
 * named; a slug another workspace uses (as a document or an old name whose links still work)
 * gets one neutral answer that says nothing about what holds it.
 */
async function assertSlugAvailable(tx: Tx, slug: string, workspaceId: string): Promise<void> {
  const notAvailable = new AppError("conflict", `The address “${slug}” is not available. Choose another.`);
  const current = await tx.document.findUnique({ where: { slug }, select: { title: true, workspaceId: true } });
  if (current?.workspaceId === workspaceId) throw new AppError("conflict", `“${current.title}” already uses the address “${slug}”. Choose another.`);
  if (current) throw notAvailable;
  // An old name of a document of this workspace is taken over; another workspace's keeps its links.
  const redirect = await tx.slugRedirect.findUnique({ where: { slug }, select: { document: { select: { workspaceId: true } } } });
  if (redirect && redirect.document.workspaceId !== workspaceId) throw notAvailable;
}

/**
 * Changes a document's title, slug, description, tags, folder or template dialect. A new slug keeps the old one working
 * as a redirect; a slug in use elsewhere is refused without saying where (assertSlugAvailable).
 */
export async function updateDocument({
  db = getDb(),
  access,
  input,
  actor,
}: {
  db?: Db;
  access: DocumentAccess;
  input: UpdateDocumentInput;
  actor: AuditActor;
}) {
  const { title, newSlug, description, tags, folder, dialect } = updateDocumentSchema.parse(input);
  const { result, workspaceId, documentId } = await db.$transaction(async (tx) => {
    const doc = await tx.document.findUnique({
      where: theDocument(access),
      select: { id: true, workspaceId: true, title: true, slug: true, description: true, tags: true, folder: true, dialect: true },
    });
    if (!doc) throw notFound(`There is no document "${access.slug}".`);
    const { slug } = doc;
    if (newSlug && newSlug !== slug) {
      await assertSlugAvailable(tx, newSlug, doc.workspaceId);
      // The new slug may have been an old name of this or another document of the workspace: it is taken over.
      await tx.slugRedirect.deleteMany({ where: { slug: newSlug } });
      await tx.slugRedirect.upsert({
        where: { slug },
        create: { slug, documentId: doc.id },
        update: { documentId: doc.id },
      });
    }
    const updated = await tx.document.update({
      where: { id: doc.id },
      data: {
        ...(title !== undefined && { title }),
        ...(newSlug !== undefined && { slug: newSlug }),
        ...(description !== undefined && { description }),
        ...(tags !== undefined && { tags: serializeTags(tags) }),
        ...(folder !== undefined && { folder }),
        ...(dialect !== undefined && { dialect }),
      },
      select: { slug: true, title: true, description: true, tags: true, folder: true, dialect: true },
    });
    const { id: _id, workspaceId, ...before } = doc;
    await recordAuditEvent(tx, { workspaceId, actor, action: "document.update", target: slug, before, after: updated });
    return { result: { slug: updated.slug }, workspaceId, documentId: doc.id };
  });
  await publish("document.changed", { workspaceId, documentId, change: "updated" });
  return result;
}
