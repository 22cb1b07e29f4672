import { getDb, type Db } from "../db/client";
import { notFound } from "../errors";
import { invalidateReadCache } from "../cache/read-cache";

/** A revoked key stops working at once; the row stays for the record. */
export async function revokeApiKey({ db = getDb(), id }: { db?: Db; id: string }) {
  const { count } = await db.apiKey.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: new Date() } });
  invalidateReadCache();
  if (count === 0) throw notFound("There is no active key with that id.");
  return { id, revoked: true };
}
