import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createDb, type Db } from "../db/client";
import { migrateSqlite } from "../db/engines/sqlite";
import { createTestPostgresqlDatabase, testEngine } from "./test-postgresql";
import type { Permission, Role } from "@/lib/core/access/roles";
import { auditActor, type AuditActor } from "../access/actor";
import { authorizeDocument, type DocumentAccess } from "../access/authorize";
import type { SessionUser } from "../auth/get-session-user";

/**
 * A fresh migrated database, removed by `cleanup`: a SQLite file in a temporary folder, or with
 * TEST_DATABASE=postgresql a database of its own on the test server (test-postgresql.ts).
 */
export function createTestDb(): { db: Db; url: string; cleanup: () => Promise<void> } {
  const { url, drop } = testEngine() === "postgresql" ? createTestPostgresqlDatabase() : createTestSqliteDatabase();
  const db = createDb(url);
  return {
    db,
    url,
    cleanup: async () => {
      await db.$disconnect();
      drop();
    },
  };
}

/** A migrated SQLite file in a temporary folder; `drop` removes the folder. */
function createTestSqliteDatabase(): { url: string; drop: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dramatis-test-"));
  const url = `file:${path.join(dir, "test.db")}`;
  migrateSqlite(url);
  return { url, drop: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** Makes `getDb()` return this database, for code that takes no `db` option (route handlers). */
export function useAsDefaultDb(db: Db): void {
  (globalThis as unknown as { dramatisDb?: Db }).dramatisDb = db;
}

let userCounter = 0;

/**
 * A person in a workspace with a role, written straight to the database (tests of use cases
 * and authorization do not need passwords; the HTTP sign-up path has its own tests).
 */
export async function createTestMember(
  db: Db,
  { workspaceId, role = "owner", name }: { workspaceId?: string; role?: Role; name?: string } = {},
): Promise<{ user: SessionUser; workspaceId: string; actor: AuditActor & { id: string } }> {
  userCounter++;
  const id = `user-${userCounter}-${Math.random().toString(36).slice(2, 8)}`;
  const userName = name ?? `Tester ${userCounter}`;
  const email = `${id}@example.com`;
  await db.user.create({ data: { id, name: userName, email } });
  const workspace = workspaceId ?? (await db.workspace.create({ data: { name: `Workspace of ${userName}` } })).id;
  await db.membership.create({ data: { workspaceId: workspace, userId: id, role } });
  const user: SessionUser = { type: "user", id, name: userName, email };
  return { user, workspaceId: workspace, actor: { ...auditActor(user), id } };
}

/** The test database's one workspace (created on first use), for tests that need documents but not people. */
export async function testWorkspaceId(db: Db): Promise<string> {
  const existing = await db.workspace.findFirst({ orderBy: { createdAt: "asc" }, select: { id: true } });
  return existing?.id ?? (await db.workspace.create({ data: { name: "Tests" } })).id;
}

/**
 * An access to a document as the authorization step grants it, for tests of use cases: an
 * owner of the document's workspace (created once per workspace) authorized by slug.
 */
export async function testAccess(db: Db, slug: string, permission: Permission = "document.read"): Promise<DocumentAccess> {
  const { workspaceId } = await db.document.findUniqueOrThrow({ where: { slug }, select: { workspaceId: true } });
  const id = `test-owner-${workspaceId}`;
  const user: SessionUser = { type: "user", id, name: "Test owner", email: `${id}@example.com` };
  await db.user.upsert({ where: { id }, create: { id, name: user.name, email: user.email }, update: {} });
  await db.membership.upsert({
    where: { workspaceId_userId: { workspaceId, userId: id } },
    create: { workspaceId, userId: id, role: "owner" },
    update: {},
  });
  return authorizeDocument({ db, actor: user, slug, permission });
}
