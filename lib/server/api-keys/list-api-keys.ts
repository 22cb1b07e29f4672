import { getDb, type Db } from "../db/client";

/** A workspace's keys with their last use, newest first; revoked keys stay listed, marked. */
export async function listApiKeys({ db = getDb(), workspaceId }: { db?: Db; workspaceId: string }) {
  return db.apiKey.findMany({
    where: { workspaceId },
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, role: true, prefix: true, createdAt: true, lastUsedAt: true, revokedAt: true },
  });
}
