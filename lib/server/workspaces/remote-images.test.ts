import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { authorizeDocument } from "../access/authorize";
import type { Db } from "../db/client";
import { importDocumentFile } from "../documents/import-document-file";
import { createShareLink } from "../share-links/create-share-link";
import { revokeShareLink } from "../share-links/revoke-share-link";
import { createTestDb, createTestMember } from "../testing/test-db";
import { invalidateReadCache } from "../cache/read-cache";
import { remoteImagesAllowedForPage, workspaceAllowsRemoteImages } from "./remote-images-allowed";
import { setRemoteImages } from "./set-remote-images";

let db: Db;
let cleanup: () => Promise<void>;
beforeEach(() => {
  ({ db, cleanup } = createTestDb());
  invalidateReadCache();
});
afterEach(() => cleanup());

describe("remote images in previews", () => {
  it("are off by default; an owner's change is audited and loosens the page policy only for members and live links", async () => {
    const owner = await createTestMember(db);
    const stranger = await createTestMember(db);
    await importDocumentFile({ db, workspaceId: owner.workspaceId, fileName: "pics.md", bytes: new TextEncoder().encode("![x](https://a.example/x.png)"), authorName: "o" });
    const access = await authorizeDocument({ db, actor: owner.user, slug: "pics", permission: "share.manage" });
    const { token, id } = await createShareLink({ db, access, actor: owner.actor, input: { target: { kind: "head" }, access: "preview" } });
    const page = (pathname: string, user: typeof owner.user | null) => remoteImagesAllowedForPage({ db, pathname, user: async () => user });

    expect(await workspaceAllowsRemoteImages({ db, workspaceId: owner.workspaceId })).toBe(false);
    expect(await page("/d/pics", owner.user)).toBe(false);
    expect(await page(`/s/${token}`, null)).toBe(false);

    expect(await setRemoteImages({ db, workspaceId: owner.workspaceId, actor: owner.actor, allow: true })).toEqual({ allowRemoteImages: true, changed: true });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "workspace.remote_images" } });
    expect([audit.actorName, audit.before, audit.after]).toEqual([owner.actor.name, '{"allowRemoteImages":false}', '{"allowRemoteImages":true}']);

    expect(await page("/d/pics", owner.user)).toBe(true);
    expect(await page("/d/pics/diff", owner.user)).toBe(true);
    // Someone outside the workspace sees the same policy as for a document that does not exist.
    expect(await page("/d/pics", stranger.user)).toBe(false);
    expect(await page("/d/pics", null)).toBe(false);
    expect(await page("/d/no-such-doc", owner.user)).toBe(false);
    expect(await page(`/s/${token}`, null)).toBe(true);
    expect(await page("/s/shr_not-a-link", null)).toBe(false);
    expect(await page("/", owner.user)).toBe(false);

    await revokeShareLink({ db, access, actor: owner.actor, id });
    invalidateReadCache();
    expect(await page(`/s/${token}`, null)).toBe(false);
    await setRemoteImages({ db, workspaceId: owner.workspaceId, actor: owner.actor, allow: false });
    expect(await page("/d/pics", owner.user)).toBe(false);
  });
});
