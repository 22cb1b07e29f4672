import type { ImportOutcome } from "@/lib/contracts/documents";
import { getDb, type Db } from "../db/client";
import { SYSTEM_ACTOR, type AuditActor } from "../access/actor";
import { importDocumentFiles } from "./import-document-files";

export type { ImportOutcome };

/**
 * Imports one file into a workspace, all-or-nothing: the document it matches gets a new version
 * when the content changed, an unknown file becomes a new document (in `folder`), and a bad
 * file is rejected with a reason. Nothing else in the database is touched. How a file finds its
 * document, and many files at once: importDocumentFiles, which this is a batch of one of.
 */
export async function importDocumentFile({
  db = getDb(),
  workspaceId,
  fileName,
  bytes,
  authorName,
  actor = SYSTEM_ACTOR,
  folder = "",
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
  const [outcome] = await importDocumentFiles({ db, workspaceId, files: [{ fileName, bytes, folder }], authorName, actor });
  return outcome!;
}
