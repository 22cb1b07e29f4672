import { SYNC_READ_BUDGET_BYTES } from "@/lib/contracts/sync";
import { getDb, type Db } from "../db/client";

interface VersionRef {
  id: string;
  version: number;
}

/** Versions read per query: with 2 MB documents, one query holds at most ~50 MB. */
const CHUNK = 25;

/**
 * Many versions' exact text in one call, in the order asked, for documents of this workspace
 * only (another workspace's ids come back as `missing`, like ids that never existed). The
 * answer stops once it holds about SYNC_READ_BUDGET_BYTES; the rest is `remaining`.
 */
export async function readSyncVersions({
  db = getDb(),
  workspaceId,
  versions,
}: {
  db?: Db;
  workspaceId: string;
  versions: readonly VersionRef[];
}) {
  const found: (VersionRef & { slug: string; content: string })[] = [];
  const missing: VersionRef[] = [];
  let bytes = 0;
  let next = 0;
  while (next < versions.length && (found.length === 0 || bytes < SYNC_READ_BUDGET_BYTES)) {
    const chunk = versions.slice(next, next + CHUNK);
    const rows = await db.version.findMany({
      where: { document: { workspaceId }, OR: chunk.map((ref) => ({ documentId: ref.id, number: ref.version })) },
      select: { documentId: true, number: true, content: true, document: { select: { slug: true } } },
    });
    const byKey = new Map(rows.map((row) => [`${row.documentId}:${row.number}`, row]));
    for (const ref of chunk) {
      if (found.length > 0 && bytes >= SYNC_READ_BUDGET_BYTES) break;
      next++;
      const row = byKey.get(`${ref.id}:${ref.version}`);
      if (!row) {
        missing.push({ id: ref.id, version: ref.version });
        continue;
      }
      found.push({ id: ref.id, version: ref.version, slug: row.document.slug, content: row.content });
      bytes += row.content.length;
    }
  }
  return { versions: found, remaining: versions.slice(next).map(({ id, version }) => ({ id, version })), missing };
}
