import type { z } from "zod";
import type { syncListResponseSchema } from "@/lib/contracts/sync";
import { isInsideFolder } from "@/lib/core/folders/folder-path";
import { getDb, type Db } from "../db/client";
import { notFound } from "../errors";
import { contentSha256, versionHashCache } from "./content-hash";

type SyncList = z.input<typeof syncListResponseSchema>;

/** Versions whose content is read per query when hashing; bounds one query's size. */
const CHUNK = 200;

/**
 * Every unarchived document of the workspace in `folder` or below it, with the version the sync should
 * match (the newest, or the one `label` points at) and that version's SHA-256, without any
 * content: `dramatis status` compares hashes, and `pull` then reads only what changed.
 */
export async function listSyncDocuments({
  db = getDb(),
  workspaceId,
  folder = "",
  label,
}: {
  db?: Db;
  workspaceId: string;
  folder?: string;
  label?: string;
}): Promise<SyncList> {
  const workspace = await db.workspace.findUnique({ where: { id: workspaceId }, select: { id: true, name: true } });
  if (!workspace) throw notFound("There is no such workspace.");
  const byLabel = label !== undefined && label !== "latest";
  const rows = await db.document.findMany({
    where: { workspaceId, archivedAt: null, ...(folder ? { folder: { in: await foldersWithin(db, workspaceId, folder) } } : {}) },
    select: { id: true, slug: true, title: true, folder: true, versionCount: true, labels: byLabel ? { where: { name: label }, select: { versionNumber: true } } : false },
    orderBy: { slug: "asc" },
  });
  const withoutLabel: string[] = [];
  const targets: { id: string; slug: string; title: string; folder: string; version: number; latestVersion: number }[] = [];
  for (const row of rows) {
    const version = byLabel ? row.labels?.[0]?.versionNumber : row.versionCount;
    if (version === undefined || version < 1) {
      withoutLabel.push(row.slug);
      continue;
    }
    targets.push({ id: row.id, slug: row.slug, title: row.title, folder: row.folder, version, latestVersion: row.versionCount });
  }
  const hashes = await hashVersions(db, workspaceId, targets);
  const documents = targets.flatMap((target) => {
    const hash = hashes.get(target.id);
    return hash ? [{ ...target, ...hash }] : [];
  });
  return { workspace, documents, withoutLabel };
}

/**
 * The workspace's folder paths at or below `folder`, matched exactly rather than with LIKE,
 * whose wildcards and case rules differ between the engines (as the library's filters do).
 */
async function foldersWithin(db: Db, workspaceId: string, folder: string): Promise<string[]> {
  const groups = await db.document.groupBy({ by: ["folder"], where: { workspaceId } });
  return groups.map((group) => group.folder).filter((path) => isInsideFolder(path, folder));
}

async function hashVersions(db: Db, workspaceId: string, targets: readonly { id: string; version: number }[]) {
  const hashes = new Map<string, { sha256: string; size: number }>();
  const misses: { id: string; version: number }[] = [];
  for (const target of targets) {
    const cached = versionHashCache.get(target.id, target.version);
    if (cached) hashes.set(target.id, cached);
    else misses.push(target);
  }
  for (let start = 0; start < misses.length; start += CHUNK) {
    const chunk = misses.slice(start, start + CHUNK);
    const versions = await db.version.findMany({
      where: { document: { workspaceId }, OR: chunk.map((target) => ({ documentId: target.id, number: target.version })) },
      select: { documentId: true, number: true, content: true },
    });
    for (const version of versions) {
      const hash = { sha256: contentSha256(version.content), size: Buffer.byteLength(version.content, "utf8") };
      versionHashCache.set(version.documentId, version.number, hash.sha256, hash.size);
      hashes.set(version.documentId, hash);
    }
  }
  return hashes;
}
