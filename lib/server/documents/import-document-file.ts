import { planImport, slugFromFileName, slugFromFolderAndFileName } from "@/lib/core/documents";
import { folderPathSchema } from "@/lib/contracts/folders";
import type { ImportOutcome } from "@/lib/contracts/documents";
import { getDb, type Db } from "../db/client";
import { publish, type DomainEvents } from "../events/domain-events";
import { appendVersion } from "./create-version";
import { insertDocument } from "./create-document";
import { allocateSlug } from "./allocate-slug";
import { SYSTEM_ACTOR, type AuditActor } from "../access/actor";

export type { ImportOutcome };

/**
 * Imports one file into a workspace, all-or-nothing: the document it matches gets a new version
 * when the content changed, an unknown file becomes a new document (in `folder`), and a bad
 * file is rejected with a reason. Nothing else in the database is touched.
 *
 * Matching, so that importing the same tree again changes nothing: a file at the top level
 * matches the workspace's document with its file name's slug, wherever it was moved since; a
 * file in a folder matches the one with its folder-and-name slug (agents-backend-readme),
 * wherever it is, else the one with its name's slug in that same folder. A new file in a folder
 * takes its name's slug when free, else the folder-and-name slug, so README.md in two folders
 * makes two documents.
 */
export async function importDocumentFile({
  db = getDb(),
  workspaceId,
  fileName,
  bytes,
  authorName,
  actor = SYSTEM_ACTOR,
  folder: folderInput = "",
}: {
  db?: Db;
  workspaceId: string;
  actor?: AuditActor;
  fileName: string;
  /** The folder the file was read from, relative to what was imported ("" for the top level). */
  folder?: string;
  bytes: Uint8Array;
  authorName: string;
}): Promise<ImportOutcome> {
  let announcement: DomainEvents["version.saved"] | null = null;
  let createdId: string | null = null;
  const parsedFolder = folderPathSchema.safeParse(folderInput);
  if (!parsedFolder.success) {
    return { fileName, action: "rejected", code: "invalid_folder", message: parsedFolder.error.issues[0]?.message ?? "The folder path is not valid." };
  }
  const folder = parsedFolder.data;
  const outcome = await db.$transaction(async (tx): Promise<ImportOutcome> => {
    const nameSlug = slugFromFileName(fileName);
    const pathSlug = slugFromFolderAndFileName(folder, fileName);
    const found = await tx.document.findMany({
      where: { slug: { in: [...new Set([nameSlug, pathSlug])] } },
      select: { id: true, slug: true, workspaceId: true, folder: true, versions: { orderBy: { number: "desc" }, take: 1, select: { content: true } } },
    });
    const own = found.filter((doc) => doc.workspaceId === workspaceId);
    const existing = own.find((doc) => doc.slug === pathSlug) ?? own.find((doc) => doc.slug === nameSlug && doc.folder === folder) ?? null;
    const taken = (slug: string) => found.some((doc) => doc.slug === slug);
    // A slug held elsewhere (another folder, or another workspace, which must not be given
    // away) is passed over: allocate-slug.ts picks a free one.
    const slug = existing ? existing.slug : !taken(nameSlug) ? nameSlug : !taken(pathSlug) ? pathSlug : await allocateSlug(tx, pathSlug, workspaceId);
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
          folder,
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
