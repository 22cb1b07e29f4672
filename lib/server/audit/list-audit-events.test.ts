import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "../db/client";
import { createTestDb, testWorkspaceId } from "../testing/test-db";
import { listAuditEvents } from "./list-audit-events";
import { recordAuditEvent } from "./record-audit-event";

let db: Db;
let cleanup: () => Promise<void>;
beforeEach(() => ({ db, cleanup } = createTestDb()));
afterEach(() => cleanup());

// SQLite's LIKE ignores case and PostgreSQL's does not: the filter must read the same on both.
describe("filtering the audit trail by actor and target", () => {
  it("matches part of a name or target whatever its case, and nothing else", async () => {
    const workspaceId = await testWorkspaceId(db);
    await db.$transaction(async (tx) => {
      await recordAuditEvent(tx, { workspaceId, actor: { type: "user", id: null, name: "Ann Example" }, action: "version.save", target: "Support-Bot" });
      await recordAuditEvent(tx, { workspaceId, actor: { type: "user", id: null, name: "Bo" }, action: "version.save", target: "sales" });
    });
    const byActor = await listAuditEvents({ db, workspaceId, filter: { actor: "ann ex" } });
    expect(byActor.events.map((e) => e.actorName)).toEqual(["Ann Example"]);
    const byTarget = await listAuditEvents({ db, workspaceId, filter: { target: "support-b" } });
    expect(byTarget.events.map((e) => e.target)).toEqual(["Support-Bot"]);
    expect((await listAuditEvents({ db, workspaceId, filter: { actor: "nobody" } })).events).toEqual([]);
  });
});
