import { getDb, type Db } from "../db/client";
import { AppError } from "../errors";
import type { ApiRequest } from "../http/api-types";
import { cached } from "../cache/read-cache";
import { API_KEY_ROLES, type ApiKeyRole } from "@/lib/core/access/roles";
import type { Actor } from "../access/actor";
import { hashToken } from "../security/tokens";

// Recording every use would put a write on every read; once a minute per key is enough to
// answer "is this key still used?".
const LAST_USED_RESOLUTION_MS = 60_000;
const lastRecorded = new Map<string, number>();

export type ApiKeyActor = Extract<Actor, { type: "api_key" }>;

/**
 * The key in `Authorization: Bearer …` (or `X-API-Key`), checked against stored hashes; null
 * when the request carries none. The lookup is cached briefly; revoking a key empties the
 * cache, so it stops working at once.
 */
export async function authenticateApiKey({ db = getDb(), request }: { db?: Db; request: ApiRequest }): Promise<ApiKeyActor | null> {
  const header = request.headers.get("authorization");
  const key = header?.match(/^Bearer\s+(\S+)$/i)?.[1] ?? request.headers.get("x-api-key");
  if (!key) return null;
  const hash = hashToken(key);
  const row = await cached(`api-key:${hash}`, () =>
    db.apiKey.findUnique({ where: { hash }, select: { id: true, name: true, workspaceId: true, role: true, revokedAt: true, lastUsedAt: true } }),
  );
  if (!row || row.revokedAt) throw new AppError("unauthorized", "This API key is not valid or has been revoked.");
  const now = Date.now();
  const last = lastRecorded.get(row.id) ?? row.lastUsedAt?.getTime() ?? 0;
  if (now - last > LAST_USED_RESOLUTION_MS) {
    lastRecorded.set(row.id, now);
    await db.apiKey.update({ where: { id: row.id }, data: { lastUsedAt: new Date(now) } });
  }
  const role: ApiKeyRole = (API_KEY_ROLES as readonly string[]).includes(row.role) ? (row.role as ApiKeyRole) : "viewer";
  return { type: "api_key", id: row.id, name: row.name, workspaceId: row.workspaceId, role };
}
