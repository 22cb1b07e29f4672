import { getDb, type Db } from "../db/client";

/** Every key with its last use, newest first; revoked keys stay listed, marked. */
export async function listApiKeys({ db = getDb() }: { db?: Db } = {}) {
  return db.apiKey.findMany({
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true, revokedAt: true },
  });
}
