import type { SessionUser } from "../auth/get-session-user";
import { cached } from "../cache/read-cache";
import { getDb, type Db } from "../db/client";
import { hashToken } from "../security/tokens";

/** Whether a workspace lets its Markdown previews load remote images. */
export async function workspaceAllowsRemoteImages({ db = getDb(), workspaceId }: { db?: Db; workspaceId: string }): Promise<boolean> {
  const row = await db.workspace.findUnique({ where: { id: workspaceId }, select: { allowRemoteImages: true } });
  return row?.allowRemoteImages ?? false;
}

/**
 * For the page's Content-Security-Policy: does the page at `pathname` show a preview of a
 * workspace that allows remote images, to this visitor? Document pages (`/d/<slug>…`) answer yes
 * only for the workspace's members, and share pages (`/s/<token>`) only for a live link, so
 * the header never tells a stranger anything about a document they cannot open.
 */
export async function remoteImagesAllowedForPage({
  db = getDb(),
  pathname,
  user,
}: {
  db?: Db;
  pathname: string;
  /** Resolved only when the workspace allows remote images (the common case needs no session lookup). */
  user: () => Promise<SessionUser | null>;
}): Promise<boolean> {
  const [, section, key] = pathname.split("/");
  if (!key) return false;
  if (section === "d") {
    const slug = safeDecode(key);
    const doc = await cached(`remote-images:d:${slug}`, () =>
      db.document.findUnique({ where: { slug }, select: { workspaceId: true, workspace: { select: { allowRemoteImages: true } } } }),
    );
    if (!doc?.workspace.allowRemoteImages) return false;
    const who = await user();
    if (!who) return false;
    const member = await db.membership.findFirst({ where: { workspaceId: doc.workspaceId, userId: who.id }, select: { id: true } });
    return member !== null;
  }
  if (section === "s") {
    const link = await cached(`remote-images:s:${key}`, () =>
      db.shareLink.findUnique({
        where: { tokenHash: hashToken(safeDecode(key)) },
        select: { revokedAt: true, expiresAt: true, document: { select: { workspace: { select: { allowRemoteImages: true } } } } },
      }),
    );
    if (!link || link.revokedAt || (link.expiresAt && link.expiresAt.getTime() < Date.now())) return false;
    return link.document.workspace.allowRemoteImages;
  }
  return false;
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}
