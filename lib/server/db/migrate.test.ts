import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { migrateDatabase } from "./migrate";

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
  it("moves documents and keys into one workspace without losing a version", () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "dramatis-db-")), "old.db");
    migrateDatabase(`file:${file}`, migrationsBefore(BEFORE_WORKSPACES));
    const old = new Database(file);
    old.exec(`
      INSERT INTO "Document" ("id","slug","title","format","updatedAt") VALUES ('d1','support','Support','markdown',CURRENT_TIMESTAMP);
      INSERT INTO "Version" ("id","documentId","number","content","authorName") VALUES ('v1','d1',1,'one','Ann'),('v2','d1',2,'two','Ann');
      INSERT INTO "Label" ("id","documentId","name","versionNumber","updatedAt","updatedBy") VALUES ('l1','d1','production',1,CURRENT_TIMESTAMP,'Ann');
      INSERT INTO "ApiKey" ("id","name","prefix","hash") VALUES ('k1','ci','drm_ab','h1');
    `);
    old.close();

    expect(migrateDatabase(`file:${file}`, ALL)).toContain(BEFORE_WORKSPACES);

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

  it("creates no workspace for an empty database", () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "dramatis-db-")), "new.db");
    migrateDatabase(`file:${file}`, ALL);
    const db = new Database(file, { readonly: true });
    expect(db.prepare(`SELECT COUNT(*) FROM "Workspace"`).pluck().get()).toBe(0);
    db.close();
  });
});
