import { getDb, type Db } from "../db/client";
import { AppError } from "../errors";
import { hashApiKey } from "./key-material";

// Recording every use would put a write on every read; once a minute per key is enough to
// answer "is this key still used?".
const LAST_USED_RESOLUTION_MS = 60_000;

export interface ApiCaller {
  keyId: string;
  keyName: string;
}

/** The key in `Authorization: Bearer …` (or `X-API-Key`), checked against stored hashes. */
export async function authenticateApiKey({ db = getDb(), request }: { db?: Db; request: Request }): Promise<ApiCaller> {
  const header = request.headers.get("authorization");
  const key = header?.match(/^Bearer\s+(\S+)$/i)?.[1] ?? request.headers.get("x-api-key");
  if (!key) {
    throw new AppError("unauthorized", "Send an API key: `Authorization: Bearer drm_…`. Create one under Settings → API keys.");
  }
  const row = await db.apiKey.findUnique({
    where: { hash: hashApiKey(key) },
    select: { id: true, name: true, revokedAt: true, lastUsedAt: true },
  });
  if (!row || row.revokedAt) throw new AppError("unauthorized", "This API key is not valid or has been revoked.");
  const now = Date.now();
  if (!row.lastUsedAt || now - row.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await db.apiKey.update({ where: { id: row.id }, data: { lastUsedAt: new Date(now) } });
  }
  return { keyId: row.id, keyName: row.name };
}
