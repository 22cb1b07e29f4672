import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "../db/client";
import { listAuditEvents } from "../audit/list-audit-events";
import { createTestDb, createTestMember } from "../testing/test-db";
import { acceptInvite } from "./accept-invite";
import { changeMembership } from "./change-membership";
import { createInvite } from "./create-invite";
import { createWorkspace } from "./create-workspace";
import { revokeInvite } from "./revoke-invite";

let db: Db;
let cleanup: () => Promise<void>;
beforeEach(() => ({ db, cleanup } = createTestDb()));
afterEach(() => cleanup());

async function person(name: string) {
  const id = `${name}-id`;
  await db.user.create({ data: { id, name, email: `${name}@example.com` } });
  return { type: "user" as const, id, name, email: `${name}@example.com` };
}

describe("workspaces", () => {
  it("give the installation's first owner the existing library, and the examples on a fresh one", async () => {
    const legacy = await db.workspace.create({ data: { name: "My workspace" } });
    const first = await createWorkspace({ db, user: await person("ann"), name: "Core" });
    expect(first).toMatchObject({ id: legacy.id, name: "Core" });
    const second = await createWorkspace({ db, user: await person("bob"), name: "Other" });
    expect(second.id).not.toBe(legacy.id);
    expect(second.seeded).toBe(0);
  });

  it("seed the examples into the first workspace of a fresh installation", async () => {
    const created = await createWorkspace({ db, user: await person("cy"), name: "Fresh" });
    expect(created.seeded).toBeGreaterThan(0);
    expect(await db.document.count({ where: { workspaceId: created.id } })).toBe(created.seeded);
  });
});

describe("invites", () => {
  it("join with the invite's role once; a second use, a revoked or an expired invite is refused", async () => {
    const owner = await createTestMember(db);
    const invite = await createInvite({ db, workspaceId: owner.workspaceId, actor: owner.actor, input: { role: "viewer", expiresInHours: 24 } });
    expect(invite.token).toMatch(/^inv_[\w-]{43}$/);
    const dan = await person("dan");
    expect(await acceptInvite({ db, user: dan, token: invite.token })).toMatchObject({ role: "viewer", joined: true });
    await expect(acceptInvite({ db, user: await person("eve"), token: invite.token })).rejects.toMatchObject({ code: "gone" });

    const revoked = await createInvite({ db, workspaceId: owner.workspaceId, actor: owner.actor, input: { role: "editor", expiresInHours: 24 } });
    await revokeInvite({ db, workspaceId: owner.workspaceId, actor: owner.actor, id: revoked.id });
    await expect(acceptInvite({ db, user: await person("fay"), token: revoked.token })).rejects.toMatchObject({ code: "gone" });

    const expiring = await createInvite({ db, workspaceId: owner.workspaceId, actor: owner.actor, input: { role: "editor", expiresInHours: 1 } });
    await db.invite.update({ where: { id: expiring.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expect(acceptInvite({ db, user: await person("gus"), token: expiring.token })).rejects.toMatchObject({ code: "gone", message: expect.stringContaining("expired") });
  });

  it("keep at least one owner and record every member change", async () => {
    const owner = await createTestMember(db);
    const other = await createTestMember(db, { workspaceId: owner.workspaceId, role: "editor" });
    await expect(changeMembership({ db, workspaceId: owner.workspaceId, actor: owner.actor, userId: owner.user.id, role: "viewer" })).rejects.toMatchObject({ code: "conflict" });
    await changeMembership({ db, workspaceId: owner.workspaceId, actor: owner.actor, userId: other.user.id, role: "owner" });
    await changeMembership({ db, workspaceId: owner.workspaceId, actor: owner.actor, userId: owner.user.id, role: null });
    const { events } = await listAuditEvents({ db, workspaceId: owner.workspaceId });
    expect(events.map((e) => [e.action, e.target, e.before, e.after])).toEqual([
      ["member.remove", owner.user.email, { role: "owner" }, null],
      ["member.role", other.user.email, { role: "editor" }, { role: "owner" }],
    ]);
  });
});
