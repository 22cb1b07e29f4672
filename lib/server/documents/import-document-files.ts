import { planImport, slugFromFileName, slugFromFolderAndFileName } from "@/lib/core/documents";
import { folderPathSchema } from "@/lib/contracts/folders";
import type { ImportOutcome } from "@/lib/contracts/documents";
import { getDb, type Db, type Tx } from "../db/client";
import { publish, type DomainEvents } from "../events/domain-events";
import { SYSTEM_ACTOR, type AuditActor } from "../access/actor";
import { allocateSlug } from "./allocate-slug";
import { appendVersion } from "./create-version";
import { insertDocuments } from "./create-document";

export type { ImportOutcome };

/** Files per transaction: one commit (and, on SQLite, one full-text segment) per hundred files, not per file. */
export const IMPORT_BATCH_SIZE = 100;

export interface ImportFile {
  fileName: string;
  bytes: Uint8Array;
  /** The folder the file was read from, relative to what was imported ("" or absent: the top level). */
  folder?: string;
}

type Known = { id: string; slug: string; workspaceId: string; folder: string; headContent: string };

/**
 * Imports files into a workspace, a batch of IMPORT_BATCH_SIZE per transaction, with one
 * outcome per file in order: the document a file matches gets a new version when the content
 * changed, an unknown file becomes a new document (in its folder), an unchanged one changes
 * nothing, and a bad file (binary, too large, not UTF-8, a bad folder path) is rejected with
 * its reason without touching anything.
 *
 * Matching, so that importing the same tree again changes nothing: a file at the top level
 * matches the workspace's document with its file name's slug, wherever it was moved since; a
 * file in a folder matches the one with its folder-and-name slug (agents-backend-readme),
 * wherever it is, else the one with its name's slug in that same folder. A new file in a folder
 * takes its name's slug when free, else the folder-and-name slug, so README.md in two folders
 * makes two documents. Each batch reads the documents its files name in one query
 * instead of one per file. Should a batch fail in the database, its files are imported again
 * one transaction each, so one file can never take the others down with it.
 */
export async function importDocumentFiles({
  db = getDb(),
  workspaceId,
  files,
  authorName,
  actor = SYSTEM_ACTOR,
}: {
  db?: Db;
  workspaceId: string;
  files: readonly ImportFile[];
  authorName: string;
  actor?: AuditActor;
}): Promise<ImportOutcome[]> {
  const outcomes: ImportOutcome[] = [];
  for (let start = 0; start < files.length; start += IMPORT_BATCH_SIZE) {
    const batch = files.slice(start, start + IMPORT_BATCH_SIZE);
    const run = (group: readonly ImportFile[]) => importBatch({ db, workspaceId, files: group, authorName, actor });
    const done = await run(batch).catch(async (error: unknown) => {
      if (batch.length === 1) throw error;
      const alone: ImportOutcome[] = [];
      for (const file of batch) alone.push(...(await run([file])));
      return alone;
    });
    outcomes.push(...done);
  }
  return outcomes;
}

async function importBatch({
  db,
  workspaceId,
  files,
  authorName,
  actor,
}: {
  db: Db;
  workspaceId: string;
  files: readonly ImportFile[];
  authorName: string;
  actor: AuditActor;
}): Promise<ImportOutcome[]> {
  const announcements: DomainEvents["version.saved"][] = [];
  const created: string[] = [];
  const outcomes = await db.$transaction(async (tx) => {
    const slugsOf = ({ fileName, folder = "" }: Pick<ImportFile, "fileName" | "folder">) => [slugFromFileName(fileName), slugFromFolderAndFileName(folder, fileName)];
    const known = await findBySlug(tx, [...new Set(files.flatMap(slugsOf))]);
    const results: ImportOutcome[] = [];
    // New documents are written together (insertDocuments), before anything that reads them back.
    const pending: { row: Parameters<typeof insertDocuments>[2][number]; entry: Known }[] = [];
    const flush = async () => {
      const ids = await insertDocuments(tx, actor, pending.map(({ row }) => row));
      pending.forEach(({ entry }, i) => (entry.id = ids[i]!));
      created.push(...ids);
      pending.length = 0;
    };
    for (const file of files) {
      const { fileName, bytes } = file;
      const parsedFolder = folderPathSchema.safeParse(file.folder ?? "");
      if (!parsedFolder.success) {
        results.push({ fileName, action: "rejected", code: "invalid_folder", message: parsedFolder.error.issues[0]?.message ?? "The folder path is not valid." });
        continue;
      }
      const folder = parsedFolder.data;
      const [nameSlug, pathSlug] = slugsOf({ fileName, folder }) as [string, string];
      const own = (slug: string) => (known.get(slug)?.workspaceId === workspaceId ? known.get(slug)! : null);
      const existing = own(pathSlug) ?? (own(nameSlug)?.folder === folder ? own(nameSlug) : null);
      // A slug held elsewhere (another folder, another workspace, which must not be given away, or
      // a file earlier in this batch) is passed over: allocate-slug.ts picks a free one.
      let slug = existing?.slug ?? (!known.has(nameSlug) ? nameSlug : !known.has(pathSlug) ? pathSlug : null);
      if (slug === null) {
        await flush();
        slug = await allocateSlug(tx, pathSlug, workspaceId);
      }
      const plan = planImport({ fileName, bytes }, existing ? { slug: existing.slug, headContent: existing.headContent } : null);
      const message = `Imported from ${fileName}`;
      switch (plan.action) {
        case "rejected":
          results.push({ fileName, action: "rejected", code: plan.code, message: plan.message });
          break;
        case "unchanged":
          results.push({ fileName, action: "unchanged", slug: plan.slug });
          break;
        case "create": {
          // A second file of the same name later in the batch sees this one, as it would in a later batch.
          const entry = { id: "", slug, workspaceId, folder, headContent: plan.content };
          known.set(slug, entry);
          pending.push({ row: { workspaceId, slug, title: plan.title, format: plan.format, folder, content: plan.content, message, authorName }, entry });
          results.push({ fileName, action: "created", slug, title: plan.title, version: 1 });
          break;
        }
        case "new-version": {
          // `existing` was found inside this workspace: the import's own authorization.
          await flush();
          const saved = await appendVersion(tx, { documentId: existing!.id, workspaceId, slug: plan.slug }, { content: plan.content, message, authorName }, actor);
          existing!.headContent = plan.content;
          announcements.push({ workspaceId, documentId: saved.documentId, number: saved.number, content: plan.content, authorName, source: "external" });
          results.push({ fileName, action: "new-version", slug: plan.slug, title: plan.title, version: saved.number });
          break;
        }
      }
    }
    await flush();
    return results;
    // A hundred files can outlast the default 5 s on a loaded machine; a batch that fails is retried file by file.
  }, { timeout: 60_000 });
  for (const announcement of announcements) await publish("version.saved", announcement);
  for (const documentId of created) await publish("document.changed", { workspaceId, documentId, change: "created" });
  return outcomes;
}

/** The documents holding these slugs (in any workspace) with their newest content: two queries for the whole batch. */
async function findBySlug(tx: Tx, slugs: string[]): Promise<Map<string, Known>> {
  const documents = await tx.document.findMany({ where: { slug: { in: slugs } }, select: { id: true, slug: true, workspaceId: true, folder: true, versionCount: true } });
  // versionCount is the newest version's number (version-summary.ts): one indexed lookup each.
  const heads = documents.length === 0 ? [] : await tx.version.findMany({
    where: { OR: documents.map((doc) => ({ documentId: doc.id, number: doc.versionCount })) },
    select: { documentId: true, content: true },
  });
  const content = new Map(heads.map((head) => [head.documentId, head.content]));
  return new Map(documents.map((doc) => [doc.slug, { id: doc.id, slug: doc.slug, workspaceId: doc.workspaceId, folder: doc.folder, headContent: content.get(doc.id) ?? "" }]));
}
