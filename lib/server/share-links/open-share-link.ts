import type { Dialect } from "@/lib/core/template";
import { shareLinkAccess } from "../access/authorize";
import { getDb, type Db } from "../db/client";
import { readJsonColumn, valuesColumn } from "../db/json-column";
import { parseVariableSchema } from "../documents/variable-schema-column";
import { resolveVersion } from "../documents/resolve-version";
import { AppError, notFound } from "../errors";
import { hashToken } from "../security/tokens";
import { accessOf, targetOf } from "./share-link-row";

// Like API keys: recording every view would turn every read into a write.
const LAST_USED_RESOLUTION_MS = 60_000;

/**
 * What a share link shows, for anyone holding its token: unknown tokens are 404, revoked or
 * expired links 410 with a reason. Only the linked document is reachable through it.
 */
export async function openShareLink({ db = getDb(), token, now = new Date() }: { db?: Db; token: string; now?: Date }) {
  const link = await db.shareLink.findUnique({
    where: { tokenHash: hashToken(token) },
    include: { document: { select: { id: true, slug: true, title: true, dialect: true, workspaceId: true } } },
  });
  if (!link) throw notFound("This share link is not valid. Check that it was copied in full.");
  if (link.revokedAt) throw new AppError("gone", "This share link was revoked by the people who shared it.");
  if (link.expiresAt && link.expiresAt <= now) throw new AppError("gone", "This share link has expired.");
  const target = targetOf(link);
  const ref = target.kind === "version" ? target.version : target.kind === "label" ? target.label : "latest";
  // The token is this link's authorization: it reaches the linked document and nothing else.
  const documentAccess = shareLinkAccess(link.document);
  const { version } = await resolveVersion({ db, access: documentAccess, ref }).catch((error: unknown) => {
    if (target.kind === "label") throw new AppError("gone", `The label “${target.label}” this link follows no longer exists.`);
    throw error;
  });
  if (!link.lastUsedAt || now.getTime() - link.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await db.shareLink.update({ where: { id: link.id }, data: { lastUsedAt: now } });
  }
  return {
    linkId: link.id,
    access: accessOf(link),
    documentAccess,
    target,
    values: parseValues(link.values),
    expiresAt: link.expiresAt,
    document: {
      id: link.document.id,
      slug: link.document.slug,
      title: link.document.title,
      workspaceId: link.document.workspaceId,
      dialect: link.document.dialect as Dialect | null,
    },
    version: { id: version.id, number: version.number, content: version.content, variables: parseVariableSchema(version.variables) },
  };
}
export type OpenedShareLink = Awaited<ReturnType<typeof openShareLink>>;

function parseValues(json: string): Record<string, unknown> {
  return readJsonColumn(json, { schema: valuesColumn, fallback: {}, column: "ShareLink.values" });
}
