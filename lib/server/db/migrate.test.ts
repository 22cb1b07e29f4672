import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { migrateDatabase } from "./migrate";
import { migrateSqlite } from "./engines/sqlite";

const ALL = path.join(process.cwd(), "prisma", "migrations");
const BEFORE_WORKSPACES = "20261124000000_accounts_workspaces_sharing";

/** A migrations folder holding only the migrations before `stop`. */
function migrationsBefore(stop: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dramatis-migrations-"));
  for (const name of fs.readdirSync(ALL).filter((entry) => entry < stop)) {
    fs.cpSync(path.join(ALL, name), path.join(dir, name), { recursive: true });
  }
  return dir;
}

describe("migrating a library from before workspaces", () => {
  it("moves documents and keys into one workspace without losing a version", async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "dramatis-db-")), "old.db");
    await migrateDatabase(`file:${file}`, migrationsBefore(BEFORE_WORKSPACES));
    const old = new Database(file);
    old.exec(`
      INSERT INTO "Document" ("id","slug","title","format","updatedAt") VALUES ('d1','support','Support','markdown',CURRENT_TIMESTAMP);
      INSERT INTO "Version" ("id","documentId","number","content","authorName") VALUES ('v1','d1',1,'one','Ann'),('v2','d1',2,'two','Ann');
      INSERT INTO "Label" ("id","documentId","name","versionNumber","updatedAt","updatedBy") VALUES ('l1','d1','production',1,CURRENT_TIMESTAMP,'Ann');
      INSERT INTO "ApiKey" ("id","name","prefix","hash") VALUES ('k1','ci','drm_ab','h1');
    `);
    old.close();

    expect(await migrateDatabase(`file:${file}`, ALL)).toContain(BEFORE_WORKSPACES);

    const db = new Database(file, { readonly: true });
    expect(db.prepare(`SELECT "id" FROM "Workspace"`).pluck().all()).toEqual(["ws_default"]);
    expect(db.prepare(`SELECT "workspaceId" FROM "Document"`).pluck().all()).toEqual(["ws_default"]);
    expect(db.prepare(`SELECT "content" FROM "Version" ORDER BY "number"`).pluck().all()).toEqual(["one", "two"]);
    expect(db.prepare(`SELECT "protected" FROM "Label"`).pluck().get()).toBe(0);
    expect(db.prepare(`SELECT "workspaceId" || ':' || "role" FROM "ApiKey"`).pluck().get()).toBe("ws_default:editor");
    // Versions stay immutable after the tables around them were rebuilt.
    expect(() => new Database(file).prepare(`UPDATE "Version" SET "content" = 'x'`).run()).toThrow();
    db.close();
  });

  it("creates no workspace for an empty database", async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "dramatis-db-")), "new.db");
    await migrateDatabase(`file:${file}`, ALL);
    const db = new Database(file, { readonly: true });
    expect(db.prepare(`SELECT COUNT(*) FROM "Workspace"`).pluck().get()).toBe(0);
    db.close();
  });
});

describe("migrating presets to personal ones", () => {
  it("gives each preset to the one workspace member of its author's name, and leaves ambiguous ones without an owner", async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "dramatis-db-")), "old.db");
    await migrateDatabase(`file:${file}`, migrationsBefore("20261129010000_sign_in_limits_presets"));
    const old = new Database(file);
    old.exec(`
      INSERT INTO "Workspace" ("id","name") VALUES ('w1','One'),('w2','Two');
      INSERT INTO "User" ("id","name","email") VALUES ('u1','Ann','ann@x'),('u2','Bo','bo1@x'),('u3','Bo','bo2@x'),('u4','Ann','ann2@x');
      INSERT INTO "Membership" ("id","workspaceId","userId","role") VALUES ('m1','w1','u1','viewer'),('m2','w1','u2','owner'),('m3','w1','u3','editor'),('m4','w2','u4','owner');
      INSERT INTO "Document" ("id","slug","title","format","updatedAt","workspaceId") VALUES ('d1','doc','Doc','markdown',CURRENT_TIMESTAMP,'w1');
      INSERT INTO "Preset" ("id","documentId","name","values","createdBy","updatedAt") VALUES
        ('p1','d1','a','{}','Ann',CURRENT_TIMESTAMP),('p2','d1','b','{}','Bo',CURRENT_TIMESTAMP),('p3','d1','c','{}','Nobody',CURRENT_TIMESTAMP);
    `);
    old.close();
    await migrateDatabase(`file:${file}`, ALL);
    const db = new Database(file, { readonly: true });
    // Ann of w2 is not a member of the document's workspace; the two Bos are ambiguous.
    expect(db.prepare(`SELECT "id", "ownerId" FROM "Preset" ORDER BY "id"`).all()).toEqual([
      { id: "p1", ownerId: "u1" },
      { id: "p2", ownerId: null },
      { id: "p3", ownerId: null },
    ]);
    db.close();
  });
});

describe("renaming people's fields (20261129040000_person_fields)", () => {
  it("keeps every row under the new names, Preset's uniqueness, and the Version trigger", () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "dramatis-db-")), "old.db");
    migrateSqlite(`file:${file}`, migrationsBefore("20261129040000_person_fields"));
    const old = new Database(file);
    old.exec(`
      INSERT INTO "Workspace" ("id","name") VALUES ('w1','One');
      INSERT INTO "User" ("id","name","email") VALUES ('u1','Ann','ann@x');
      INSERT INTO "Document" ("id","slug","title","format","updatedAt","workspaceId") VALUES ('d1','doc','Doc','markdown',CURRENT_TIMESTAMP,'w1');
      INSERT INTO "Version" ("id","documentId","number","content","authorName") VALUES ('v1','d1',1,'one','Ann');
      INSERT INTO "Label" ("id","documentId","name","versionNumber","updatedAt","updatedBy") VALUES ('l1','d1','production',1,CURRENT_TIMESTAMP,'Ann');
      INSERT INTO "ApiKey" ("id","workspaceId","name","prefix","hash","createdById") VALUES ('k1','w1','ci','drm_ab','h1','u1');
      INSERT INTO "Preset" ("id","documentId","userId","name","values","createdBy","updatedAt") VALUES ('p1','d1','u1','a','{}','Ann',CURRENT_TIMESTAMP);
      INSERT INTO "Invite" ("id","workspaceId","role","tokenHash","createdById","expiresAt","usedById") VALUES ('i1','w1','viewer','t1','u1',CURRENT_TIMESTAMP,'u1');
      INSERT INTO "ShareLink" ("id","documentId","tokenHash","target","access","createdById","createdByName") VALUES ('s1','d1','t2','head','preview','u1','Ann');
      INSERT INTO "LiveDraft" ("documentId","state","updatedAt","updatedByName") VALUES ('d1',x'00',CURRENT_TIMESTAMP,'Ann');
      INSERT INTO "DraftSnapshot" ("id","documentId","content","reason","byName") VALUES ('ds1','d1','text','before-restore','Ann');
    `);
    old.close();

    // This one and every later migration (the list grows as migrations are added).
    const fromHere = fs.readdirSync(ALL).filter((name) => name >= "20261129040000_person_fields").sort();
    expect(migrateSqlite(`file:${file}`, ALL)).toEqual(fromHere);
    const db = new Database(file);
    const one = (sql: string) => db.prepare(sql).get();
    expect(one(`SELECT "actorName" FROM "Label"`)).toEqual({ actorName: "Ann" });
    expect(one(`SELECT "creatorId" FROM "ApiKey"`)).toEqual({ creatorId: "u1" });
    expect(one(`SELECT "ownerId", "ownerName" FROM "Preset"`)).toEqual({ ownerId: "u1", ownerName: "Ann" });
    expect(one(`SELECT "creatorId", "inviteeId" FROM "Invite"`)).toEqual({ creatorId: "u1", inviteeId: "u1" });
    expect(one(`SELECT "creatorId", "creatorName" FROM "ShareLink"`)).toEqual({ creatorId: "u1", creatorName: "Ann" });
    expect(one(`SELECT "editorName" FROM "LiveDraft"`)).toEqual({ editorName: "Ann" });
    expect(one(`SELECT "actorName" FROM "DraftSnapshot"`)).toEqual({ actorName: "Ann" });
    // A person still has one test case per name and document.
    expect(() =>
      db.prepare(`INSERT INTO "Preset" ("id","documentId","ownerId","name","values","ownerName","updatedAt") VALUES ('p2','d1','u1','a','{}','Ann',CURRENT_TIMESTAMP)`).run(),
    ).toThrow(/UNIQUE/);
    // Versions stay immutable.
    expect(() => db.prepare(`UPDATE "Version" SET "content" = 'rewritten'`).run()).toThrow(/immutable|refuse|abort/i);
    expect(one(`SELECT "content", "authorName" FROM "Version"`)).toEqual({ content: "one", authorName: "Ann" });
    // 20261129050000_library fills the new summary columns and the search index from the versions.
    expect(one(`SELECT "size", "versionCount", "latestAuthorName" FROM "Document"`)).toEqual({ size: 3, versionCount: 1, latestAuthorName: "Ann" });
    expect(one(`SELECT k."documentId" FROM "DocumentSearch" JOIN "DocumentSearchKey" k ON k."rowid" = "DocumentSearch"."rowid" WHERE "DocumentSearch" MATCH 'one'`)).toEqual({ documentId: "d1" });
    db.close();
  });
});
