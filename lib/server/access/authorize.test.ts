import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SYSTEM_ACTOR } from "./actor";
import { authorizeDocument } from "./authorize";
import { createApiKey } from "../api-keys/create-api-key";
import { authenticateApiKey } from "../api-keys/authenticate-api-key";
import { listAuditEvents } from "../audit/list-audit-events";
import type { Db } from "../db/client";
import { importDocumentFile } from "../documents/import-document-file";
import { loadIncludeSources } from "../documents/load-include-sources";
import { setLabel } from "../labels/set-label";
import { setLabelProtection } from "../labels/set-label-protection";
import { createTestDb, createTestMember } from "../testing/test-db";

let db: Db;
let cleanup: () => Promise<void>;
beforeEach(() => ({ db, cleanup } = createTestDb()));
afterEach(() => cleanup());

const text = (s: string) => new TextEncoder().encode(s);

async function twoWorkspaces() {
  const owner = await createTestMember(db, { role: "owner" });
  const editor = await createTestMember(db, { workspaceId: owner.workspaceId, role: "editor" });
  const viewer = await createTestMember(db, { workspaceId: owner.workspaceId, role: "viewer" });
  const outsider = await createTestMember(db, { role: "owner" });
  await importDocumentFile({ db, workspaceId: owner.workspaceId, fileName: "secret.md", bytes: text("Team secret {{> footer}}"), authorName: "o" });
  await importDocumentFile({ db, workspaceId: owner.workspaceId, fileName: "footer.md", bytes: text("-- A"), authorName: "o" });
  return { owner, editor, viewer, outsider };
}

describe("authorizeDocument", () => {
  it("answers outsiders exactly as for a document that does not exist", async () => {
    const { outsider } = await twoWorkspaces();
    const hidden = await authorizeDocument({ db, actor: outsider.user, slug: "secret", permission: "document.read" }).catch((e) => e);
    const missing = await authorizeDocument({ db, actor: outsider.user, slug: "secreta", permission: "document.read" }).catch((e) => e);
    expect(hidden.code).toBe("not_found");
    expect(hidden.message).toBe('There is no document "secret".');
    expect(missing.message).toBe('There is no document "secreta".');
  });

  it("lets viewers read but refuses them edits, labels and deletion with 403", async () => {
    const { viewer, editor, owner } = await twoWorkspaces();
    await expect(authorizeDocument({ db, actor: viewer.user, slug: "secret", permission: "document.read" })).resolves.toMatchObject({ role: "viewer" });
    for (const permission of ["document.edit", "label.move", "document.delete", "share.manage"] as const) {
      await expect(authorizeDocument({ db, actor: viewer.user, slug: "secret", permission })).rejects.toMatchObject({ code: "forbidden" });
    }
    await expect(authorizeDocument({ db, actor: editor.user, slug: "secret", permission: "document.edit" })).resolves.toMatchObject({ role: "editor" });
    await expect(authorizeDocument({ db, actor: editor.user, slug: "secret", permission: "document.delete" })).rejects.toMatchObject({ code: "forbidden" });
    await expect(authorizeDocument({ db, actor: owner.user, slug: "secret", permission: "document.delete" })).resolves.toMatchObject({ role: "owner" });
  });

  it("lets an API key act only in its own workspace, with its role", async () => {
    const { owner, outsider } = await twoWorkspaces();
    const { key } = await createApiKey({ db, workspaceId: outsider.workspaceId, actor: outsider.actor, input: { name: "theirs", role: "editor" } });
    const actor = await authenticateApiKey({ db, request: new Request("http://x/", { headers: { authorization: `Bearer ${key}` } }) });
    expect(actor).toMatchObject({ type: "api_key", role: "editor", workspaceId: outsider.workspaceId });
    await expect(authorizeDocument({ db, actor: actor!, slug: "secret", permission: "document.read" })).rejects.toMatchObject({ code: "not_found" });
    const ownKey = await createApiKey({ db, workspaceId: owner.workspaceId, actor: owner.actor, input: { name: "read-only" } });
    const reader = await authenticateApiKey({ db, request: new Request("http://x/", { headers: { "x-api-key": ownKey.key } }) });
    await expect(authorizeDocument({ db, actor: reader!, slug: "secret", permission: "document.edit" })).rejects.toMatchObject({ code: "forbidden" });
  });
});

describe("protected labels", () => {
  it("move only for owners once protected, and the audit trail records every step", async () => {
    const { owner, editor } = await twoWorkspaces();
    const move = async (who: typeof owner, version: number) => {
      const access = await authorizeDocument({ db, actor: who.user, slug: "secret", permission: "label.move" });
      return setLabel({ db, access, input: { name: "production", version }, actorName: who.user.name, actor: who.actor });
    };
    await move(editor, 1);
    const access = await authorizeDocument({ db, actor: owner.user, slug: "secret", permission: "label.protect" });
    await setLabelProtection({ db, access, actor: owner.actor, name: "production", isProtected: true });
    await expect(move(editor, 1)).rejects.toMatchObject({ code: "forbidden" });
    await expect(move(owner, 1)).resolves.toMatchObject({ moved: false });

    const { events } = await listAuditEvents({ db, workspaceId: owner.workspaceId });
    expect(events.map((e) => [e.action, e.actorName])).toEqual([
      ["label.protect", owner.user.name],
      ["label.move", editor.user.name],
      ["document.create", SYSTEM_ACTOR.name],
      ["document.create", SYSTEM_ACTOR.name],
    ]);
    expect(events[1]).toMatchObject({ target: "secret · production", before: null, after: { version: 1 } });
  });
});

describe("workspace isolation of content", () => {
  it("never resolves an include from another workspace", async () => {
    const { owner, outsider } = await twoWorkspaces();
    await importDocumentFile({ db, workspaceId: outsider.workspaceId, fileName: "probe.md", bytes: text("{{> secret}}"), authorName: "x" });
    expect(await loadIncludeSources({ db, workspaceId: outsider.workspaceId, slugs: ["secret", "footer"] })).toEqual({});
    expect(await loadIncludeSources({ db, workspaceId: owner.workspaceId, slugs: ["secret"] })).toEqual({ secret: "Team secret {{> footer}}", footer: "-- A" });
  });

  it("imports a file named like another workspace's document as a new document, leaving theirs alone", async () => {
    const { outsider } = await twoWorkspaces();
    const outcome = await importDocumentFile({ db, workspaceId: outsider.workspaceId, fileName: "secret.md", bytes: text("mine"), authorName: "x" });
    // Not "secret-2", which would say how many documents of that name exist elsewhere.
    expect(outcome).toMatchObject({ action: "created", slug: expect.stringMatching(/^secret-[a-z0-9]{4}$/) });
    expect(await db.version.count({ where: { document: { slug: "secret" } } })).toBe(1);
  });
});
