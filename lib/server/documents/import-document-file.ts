import { planImport, slugFromFileName } from "@/lib/core/documents";
import type { ImportOutcome } from "@/lib/contracts/documents";
import { getDb, type Db } from "../db/client";
import { publish, type DomainEvents } from "../events/domain-events";
import { appendVersion } from "./create-version";
import { insertDocument } from "./create-document";
import { allocateSlug } from "./allocate-slug";
import { SYSTEM_ACTOR, type AuditActor } from "../access/actor";

export type { ImportOutcome };

/**
 * Imports one file into a workspace, all-or-nothing: the document it matches (by the slug of its file name) gets
 * a new version when the content changed, an unknown file becomes a new document, and a bad
 * file is rejected with a reason. Nothing else in the database is touched.
 */
export async function importDocumentFile({
  db = getDb(),
  workspaceId,
  fileName,
  bytes,
  authorName,
  actor = SYSTEM_ACTOR,
}: {
  db?: Db;
  workspaceId: string;
  actor?: AuditActor;
  fileName: string;
  bytes: Uint8Array;
  authorName: string;
}): Promise<ImportOutcome> {
  let announcement: DomainEvents["version.saved"] | null = null;
  let createdId: string | null = null;
  const outcome = await db.$transaction(async (tx): Promise<ImportOutcome> => {
    let slug = slugFromFileName(fileName);
    const found = await tx.document.findUnique({
      where: { slug },
      select: { id: true, slug: true, workspaceId: true, versions: { orderBy: { number: "desc" }, take: 1, select: { content: true } } },
    });
    // A document of that name in another workspace is not this one's: the file becomes a new
    // document under a slug that does not give the other one away (allocate-slug.ts).
    const existing = found?.workspaceId === workspaceId ? found : null;
    if (found && !existing) slug = await allocateSlug(tx, slug, workspaceId);
    const plan = planImport(
      { fileName, bytes },
      existing ? { slug: existing.slug, headContent: existing.versions[0]?.content ?? "" } : null,
    );
    const message = `Imported from ${fileName}`;
    switch (plan.action) {
      case "rejected":
        return { fileName, action: "rejected", code: plan.code, message: plan.message };
      case "unchanged":
        return { fileName, action: "unchanged", slug: plan.slug };
      case "create":
        ({ id: createdId } = await insertDocument(tx, actor, {
          workspaceId,
          slug,
          title: plan.title,
          format: plan.format,
          content: plan.content,
          message,
          authorName,
        }));
        return { fileName, action: "created", slug, title: plan.title, version: 1 };
      case "new-version": {
        // `existing` was found inside this workspace: the import's own authorization.
        const document = { documentId: existing!.id, workspaceId, slug: plan.slug };
        const saved = await appendVersion(tx, document, { content: plan.content, message, authorName }, actor);
        announcement = { workspaceId, documentId: saved.documentId, number: saved.number, content: plan.content, authorName, source: "external" };
        return { fileName, action: "new-version", slug: plan.slug, title: plan.title, version: saved.number };
      }
    }
  });
  if (announcement) await publish("version.saved", announcement);
  if (createdId) await publish("document.changed", { workspaceId, documentId: createdId, change: "created" });
  return outcome;
}
