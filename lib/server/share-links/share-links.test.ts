import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { authorizeDocument } from "../access/authorize";
import type { Db } from "../db/client";
import { createVersion } from "../documents/create-version";
import { importDocumentFile } from "../documents/import-document-file";
import { setLabel } from "../labels/set-label";
import { createTestDb, createTestMember, testAccess } from "../testing/test-db";
import { createShareLink } from "./create-share-link";
import { listShareLinks } from "./list-share-links";
import { openShareLink } from "./open-share-link";
import { renderShared } from "./render-shared";
import { revokeShareLink } from "./revoke-share-link";

let db: Db;
let cleanup: () => Promise<void>;
beforeEach(() => ({ db, cleanup } = createTestDb()));
afterEach(() => cleanup());

async function sharedDocument() {
  const owner = await createTestMember(db);
  await importDocumentFile({ db, workspaceId: owner.workspaceId, fileName: "greeter.md", bytes: new TextEncoder().encode("Hi {{name}}"), authorName: "o" });
  const access = await authorizeDocument({ db, actor: owner.user, slug: "greeter", permission: "share.manage" });
  return { owner, access };
}

describe("share links", () => {
  it("use 256-bit tokens stored only as hashes, render with prefilled values, and follow their target", async () => {
    const { owner, access } = await sharedDocument();
    const head = await createShareLink({ db, access, actor: owner.actor, input: { target: { kind: "head" }, access: "preview", values: { name: "Ada" } } });
    const fixed = await createShareLink({ db, access, actor: owner.actor, input: { target: { kind: "version", version: 1 }, access: "source" } });
    expect(head.token).toMatch(/^shr_[\w-]{43}$/);
    const stored = await db.shareLink.findMany({ select: { tokenHash: true } });
    expect(stored.map((row) => row.tokenHash)).not.toContain(head.token);

    await createVersion({ db, access: await testAccess(db, "greeter"), input: { content: "Hello {{name}}", baseVersion: 1, message: "" }, authorName: "o", actor: owner.actor });
    const opened = await openShareLink({ db, token: head.token });
    expect((await renderShared({ db, link: opened, values: opened.values })).result.text).toBe("Hello Ada");
    const pinned = await openShareLink({ db, token: fixed.token });
    expect([pinned.version.number, pinned.access]).toEqual([1, "source"]);
    expect((await listShareLinks({ db, access })).map((l) => l.lastUsedAt !== null)).toEqual([true, true]);
  });

  it("follows a label, and refuses revoked, expired and unknown links", async () => {
    const { owner, access } = await sharedDocument();
    await setLabel({ db, access, input: { name: "production", version: 1 }, actorName: "o", actor: owner.actor });
    const labelled = await createShareLink({ db, access, actor: owner.actor, input: { target: { kind: "label", label: "production" }, access: "preview", expiresInHours: 1 } });
    expect((await openShareLink({ db, token: labelled.token })).version.number).toBe(1);
    const later = new Date(Date.now() + 2 * 3_600_000);
    await expect(openShareLink({ db, token: labelled.token, now: later })).rejects.toMatchObject({ code: "gone", message: "This share link has expired." });

    await revokeShareLink({ db, access, actor: owner.actor, id: labelled.id });
    await expect(openShareLink({ db, token: labelled.token })).rejects.toMatchObject({ code: "gone" });
    await expect(revokeShareLink({ db, access, actor: owner.actor, id: labelled.id })).rejects.toMatchObject({ code: "not_found" });
    await expect(openShareLink({ db, token: "shr_madeup" })).rejects.toMatchObject({ code: "not_found" });
    await expect(
      createShareLink({ db, access, actor: owner.actor, input: { target: { kind: "label", label: "staging" }, access: "preview" } }),
    ).rejects.toMatchObject({ code: "not_found" });
  });
});
