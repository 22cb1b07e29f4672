import { folderPathSchema } from "@/lib/contracts/folders";
import { detectFormat, inferTitle, slugFromFileName, slugFromFolderAndFileName } from "@/lib/core/documents";
import { joinFolder } from "@/lib/core/folders/folder-path";
import { threeWayMerge } from "@/lib/core/versions/three-way-merge";
import type { SyncPushOutcome } from "@/lib/contracts/sync";
import type { AuditActor } from "../access/actor";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Tx } from "../db/client";
import { allocateSlug } from "../documents/allocate-slug";
import { insertDocument } from "../documents/create-document";
import { appendVersion } from "../documents/create-version";
import type { DomainEvents } from "../events/domain-events";
import { contentSha256 } from "./content-hash";

export interface PushFile {
  path: string;
  id?: string;
  baseVersion?: number;
  content?: string;
  delete?: true;
}

export type PushEvent =
  | { name: "version.saved"; payload: DomainEvents["version.saved"] }
  | { name: "document.changed"; payload: DomainEvents["document.changed"] };

interface Context {
  workspaceId: string;
  actor: AuditActor;
  authorName: string;
  folder: string;
  message: string;
}

/**
 * One pushed file, inside its own transaction: a new document, a save on the newest version,
 * a three-way merge with whatever was saved since the file's base (lib/core/versions, the merge
 * the editor uses), or a conflict that saves nothing and hands back the text with markers.
 */
export async function pushSyncFile(tx: Tx, context: Context, file: PushFile): Promise<{ outcome: SyncPushOutcome; events: PushEvent[] }> {
  const { path } = file;
  if (file.id === undefined) return createFromFile(tx, context, path, file.content ?? "");
  const doc = await tx.document.findFirst({
    where: { id: file.id, workspaceId: context.workspaceId },
    select: { id: true, slug: true, archivedAt: true, versionCount: true },
  });
  const rejected = (message: string) => ({ outcome: { path, outcome: "rejected" as const, id: file.id, message }, events: [] });
  if (!doc) return rejected("There is no such document in this workspace (it was deleted, or the manifest names another workspace's).");
  if (doc.archivedAt) return rejected(`"${doc.slug}" is archived in Dramatis: unarchive it there, or remove the file from the manifest.`);
  const base = file.baseVersion!;
  if (base > doc.versionCount) return rejected(`"${doc.slug}" has no version ${base} (its newest is ${doc.versionCount}).`);
  const head = await versionText(tx, doc.id, doc.versionCount);
  const ids = { id: doc.id, slug: doc.slug };
  if (file.delete) {
    if (base !== doc.versionCount) {
      return { outcome: { path, ...ids, outcome: "conflict", version: doc.versionCount, sha256: contentSha256(head), message: `Version ${doc.versionCount} was saved after ${base}: pull it before deleting.` }, events: [] };
    }
    await tx.document.update({ where: { id: doc.id }, data: { archivedAt: new Date() } });
    await recordAuditEvent(tx, { workspaceId: context.workspaceId, actor: context.actor, action: "document.archive", target: doc.slug });
    return { outcome: { path, ...ids, outcome: "archived" }, events: [{ name: "document.changed", payload: { workspaceId: context.workspaceId, documentId: doc.id, change: "archived" } }] };
  }
  const ours = file.content!;
  if (ours === head) return { outcome: { path, ...ids, outcome: "unchanged", version: doc.versionCount, sha256: contentSha256(head) }, events: [] };
  let text = ours;
  let outcome: "updated" | "merged" = "updated";
  if (base !== doc.versionCount) {
    const merge = threeWayMerge(await versionText(tx, doc.id, base), ours, head);
    if (!merge.clean) {
      const message = `Version ${doc.versionCount} changed the same lines (${merge.conflicts} conflict${merge.conflicts === 1 ? "" : "s"}): resolve the markers, then push again.`;
      return { outcome: { path, ...ids, outcome: "conflict", version: doc.versionCount, sha256: contentSha256(head), content: merge.text, message }, events: [] };
    }
    text = merge.text;
    outcome = "merged";
  }
  const message = context.message || `Pushed ${path}`;
  const saved = await appendVersion(tx, { documentId: doc.id, workspaceId: context.workspaceId, slug: doc.slug }, { content: text, message, authorName: context.authorName, baseVersion: doc.versionCount }, context.actor);
  const events: PushEvent[] = saved.created
    ? [{ name: "version.saved", payload: { workspaceId: context.workspaceId, documentId: doc.id, number: saved.number, content: text, authorName: context.authorName, source: "external", variables: saved.variables } }]
    : [];
  return { outcome: { path, ...ids, outcome, version: saved.number, sha256: contentSha256(text), ...(outcome === "merged" ? { content: text } : {}) }, events };
}

async function versionText(tx: Tx, documentId: string, number: number): Promise<string> {
  const version = await tx.version.findUnique({ where: { documentId_number: { documentId, number } }, select: { content: true } });
  return version?.content ?? "";
}

async function createFromFile(tx: Tx, context: Context, path: string, content: string): Promise<{ outcome: SyncPushOutcome; events: PushEvent[] }> {
  const at = path.lastIndexOf("/");
  const fileName = path.slice(at + 1);
  // The file's folder below the mirrored one is the new document's folder in the library.
  const folder = folderPathSchema.safeParse(joinFolder(context.folder, at === -1 ? "" : path.slice(0, at)));
  if (!folder.success) return { outcome: { path, outcome: "rejected", message: `Its folder cannot be a library folder: ${folder.error.issues[0]?.message ?? "invalid"}` }, events: [] };
  // As imports do: the file name's slug when this workspace has no such document yet, else the
  // folder-and-name slug, so README.md in two folders becomes two documents.
  const nameSlug = slugFromFileName(fileName);
  const taken = await tx.document.findFirst({ where: { slug: nameSlug, workspaceId: context.workspaceId }, select: { id: true } });
  const slug = await allocateSlug(tx, taken ? slugFromFolderAndFileName(folder.data, fileName) : nameSlug, context.workspaceId);
  const created = await insertDocument(tx, context.actor, {
    workspaceId: context.workspaceId,
    slug,
    title: inferTitle(content, fileName),
    format: detectFormat(content),
    folder: folder.data,
    content,
    message: context.message || `Pushed ${path}`,
    authorName: context.authorName,
  });
  return {
    outcome: { path, outcome: "created", id: created.id, slug, version: 1, sha256: contentSha256(content) },
    events: [{ name: "document.changed", payload: { workspaceId: context.workspaceId, documentId: created.id, change: "created" } }],
  };
}
