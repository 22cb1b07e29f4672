import { zipDocumentsAs, type DownloadTarget } from "@/lib/core/agent-files";
import { formatBytes } from "@/lib/core/text/format";
import type { WorkspaceAccess } from "../access/authorize";
import { getDb, type Db } from "../db/client";
import { AppError, notFound } from "../errors";
import { insideFolderWhere } from "../folders/folder-counts";
import { taggedWhere } from "./list-tags";

export const MAX_ZIP_DOCUMENTS = 1000;
export const MAX_ZIP_BYTES = 64 * 1024 * 1024;

/**
 * A workspace's library folder with its subfolders (`folder` "" for the whole library; not
 * archived; those carrying every one of `tags`) as one zip of `target`'s files, each document
 * at its newest version. Too many documents or bytes are
 * refused before any content is read.
 */
export async function zipLibraryDocuments({
  db = getDb(),
  access,
  target,
  tags = [],
  folder = "",
  limits = { documents: MAX_ZIP_DOCUMENTS, bytes: MAX_ZIP_BYTES },
}: {
  db?: Db;
  access: WorkspaceAccess;
  target: DownloadTarget;
  tags?: readonly string[];
  /** A normalized folder path (lib/contracts/folders.ts). */
  folder?: string;
  limits?: { documents: number; bytes: number };
}): Promise<{ zip: Uint8Array; files: string[] }> {
  const workspaceIds = [access.workspaceId];
  const where = {
    workspaceId: access.workspaceId,
    archivedAt: null,
    AND: [await taggedWhere({ db, workspaceIds, tags }), await insideFolderWhere({ db, workspaceIds, folder })],
  };
  const { _count, _sum } = await db.document.aggregate({ where, _count: { _all: true }, _sum: { size: true } });
  if (_count._all === 0) {
    const where = folder ? `in “${folder}”` : "in this workspace";
    throw notFound(tags.length > 0 ? `No document ${where} carries those tags.` : `There is no document ${where} to download.`);
  }
  if (_count._all > limits.documents) {
    throw new AppError("payload_too_large", `That is ${_count._all} documents; a zip holds at most ${limits.documents}. Choose a tag to download fewer.`);
  }
  if ((_sum.size ?? 0) > limits.bytes) {
    throw new AppError("payload_too_large", `Those documents hold ${formatBytes(_sum.size ?? 0)}; a zip holds at most ${formatBytes(limits.bytes)}. Choose a tag to download fewer.`);
  }
  const documents = await db.document.findMany({
    where,
    orderBy: { slug: "asc" },
    select: { slug: true, title: true, description: true, folder: true, versions: { orderBy: { number: "desc" }, take: 1, select: { content: true } } },
  });
  return zipDocumentsAs(
    documents.map((doc) => ({
      slug: doc.slug,
      title: doc.title,
      description: doc.description,
      content: doc.versions[0]?.content ?? "",
      subfolder: folder === "" ? doc.folder : doc.folder.slice(folder.length + 1),
    })),
    target,
  );
}
