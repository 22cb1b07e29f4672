import { slugify, type DocumentFormat } from "@/lib/core/documents";
import { createDocumentSchema, type CreateDocumentInput } from "@/lib/contracts/documents";
import { getDb, type Db, type Tx } from "../db/client";
import { publish } from "../events/domain-events";
import type { AuditActor } from "../access/actor";
import { recordAuditEvent } from "../audit/record-audit-event";
import { allocateSlug } from "./allocate-slug";
import { newestVersionSummary } from "./version-summary";

/** What a new, empty document starts with, so the editor never opens on a blank page. */
function starterContent(title: string, format: DocumentFormat): string {
  switch (format) {
    case "agent":
      return `---\nname: ${slugify(title)}\ndescription: \n---\n\nYou are ${title}.\n`;
    case "xml":
      return `<system>\nYou are ${title}.\n</system>\n\n<instructions>\n</instructions>\n`;
    case "markdown":
      return `# ${title}\n\n`;
    case "plain":
      return `You are ${title}.\n`;
  }
}

/** Creates a document with its first version in a workspace; the slug comes from the title, made unique (allocate-slug.ts). */
export async function createDocument({
  db = getDb(),
  workspaceId,
  actor,
  input,
}: {
  db?: Db;
  workspaceId: string;
  actor: AuditActor;
  input: CreateDocumentInput;
}) {
  const { title, format, folder, authorName } = createDocumentSchema.parse(input);
  const { slug, documentId } = await db.$transaction(async (tx) => {
    const slug = await allocateSlug(tx, slugify(title), workspaceId);
    const created = await insertDocument(tx, actor, {
      workspaceId,
      slug,
      title,
      format,
      folder,
      content: starterContent(title, format),
      message: "Created",
      authorName,
    });
    return { slug, documentId: created.id };
  });
  await publish("document.changed", { workspaceId, documentId, change: "created" });
  return { slug };
}

export async function insertDocument(
  tx: Tx,
  actor: AuditActor,
  data: { workspaceId: string; slug: string; title: string; format: DocumentFormat; folder?: string; content: string; message: string; authorName: string },
) {
  const { content, message, authorName, ...doc } = data;
  const createdAt = new Date();
  const created = await tx.document.create({
    data: {
      ...doc,
      ...newestVersionSummary({ number: 1, content, authorName, createdAt }),
      versions: { create: { number: 1, content, message, authorName, createdAt } },
    },
  });
  await recordAuditEvent(tx, {
    workspaceId: data.workspaceId,
    actor,
    action: "document.create",
    target: data.slug,
    after: { title: data.title, version: 1, message },
  });
  return created;
}
