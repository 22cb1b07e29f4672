import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "../db/client";
import { createTestDb, testWorkspaceId } from "../testing/test-db";
import { testEngine } from "../testing/test-postgresql";
import { IMPORT_BATCH_SIZE, importDocumentFiles } from "./import-document-files";
import { searchDocuments } from "./search-documents";

let db: Db;
let cleanup: () => Promise<void>;
let workspaceId: string;
beforeEach(async () => {
  ({ db, cleanup } = createTestDb());
  workspaceId = await testWorkspaceId(db);
});
afterEach(() => cleanup());

const file = (fileName: string, text: string) => ({ fileName, bytes: new TextEncoder().encode(text) });
/** The same client, counting the transactions it opens; `failFirst` makes the first one fail as a database error would. */
function countingDb(failFirst = false) {
  const counter = { transactions: 0 };
  const wrapped = new Proxy(db, {
    get(target, key, receiver) {
      if (key !== "$transaction") return Reflect.get(target, key, receiver);
      return (...args: Parameters<Db["$transaction"]>) => {
        counter.transactions++;
        if (failFirst && counter.transactions === 1) return Promise.reject(new Error("database is locked"));
        return (target.$transaction as (...a: unknown[]) => unknown)(...args);
      };
    },
  });
  return { db: wrapped, counter };
}

describe(`importDocumentFiles (${testEngine()})`, () => {
  it("imports a hundred files per transaction, one outcome per file in order, searchable at once", async () => {
    const files = Array.from({ length: IMPORT_BATCH_SIZE * 2 + 5 }, (_, i) => file(`note-${i}.md`, `# Note ${i}\n\nword${i} shared\n`));
    const { db: counted, counter } = countingDb();
    const outcomes = await importDocumentFiles({ db: counted, workspaceId, files, authorName: "t" });
    expect(counter.transactions).toBe(3);
    expect(outcomes.map((o) => [o.fileName, o.action])).toEqual(files.map((f) => [f.fileName, "created"]));
    expect(await db.document.count()).toBe(files.length);
    const found = await searchDocuments({ db, workspaceIds: [workspaceId], query: "word204" });
    expect(found.documents.map((d) => d.slug)).toEqual(["note-204"]);
    expect((await searchDocuments({ db, workspaceIds: [workspaceId], query: "shared" })).total).toBe(files.length);
  });

  it("is idempotent: the same files again change nothing; a changed one gets one new version", async () => {
    const files = [file("a.md", "# A\n\nalpha\n"), file("b.md", "# B\n\nbeta\n")];
    await importDocumentFiles({ db, workspaceId, files, authorName: "t" });
    const before = { versions: await db.version.count(), audit: await db.auditEvent.count() };
    const again = await importDocumentFiles({ db, workspaceId, files, authorName: "t" });
    expect(again.map((o) => o.action)).toEqual(["unchanged", "unchanged"]);
    expect({ versions: await db.version.count(), audit: await db.auditEvent.count() }).toEqual(before);

    const changed = await importDocumentFiles({ db, workspaceId, files: [files[0]!, file("b.md", "# B\n\ngamma\n")], authorName: "t" });
    expect(changed).toEqual([
      { fileName: "a.md", action: "unchanged", slug: "a" },
      { fileName: "b.md", action: "new-version", slug: "b", title: "B", version: 2 },
    ]);
    expect((await searchDocuments({ db, workspaceIds: [workspaceId], query: "gamma" })).documents.map((d) => d.slug)).toEqual(["b"]);
    expect((await searchDocuments({ db, workspaceIds: [workspaceId], query: "beta" })).documents).toEqual([]);
  });

  it("gives a bad file its own reason without stopping the batch, and sees a name twice in one batch as two imports", async () => {
    const outcomes = await importDocumentFiles({
      db,
      workspaceId,
      authorName: "t",
      files: [file("one.md", "# One\n"), { fileName: "bin.txt", bytes: new Uint8Array([0, 1, 2]) }, file("one.md", "# One\n"), file("one.md", "# One\nmore\n"), file("two.md", "# Two\n")],
    });
    expect(outcomes.map((o) => o.action)).toEqual(["created", "rejected", "unchanged", "new-version", "created"]);
    expect(outcomes[1]).toMatchObject({ fileName: "bin.txt", code: "binary" });
    expect(await db.document.count()).toBe(2);
    expect(await db.version.count()).toBe(3);
  });

  it("imports each file alone when its batch fails in the database, keeping every outcome", async () => {
    const { db: failing, counter } = countingDb(true);
    const files = [file("x.md", "# X\n"), file("y.md", "# Y\n"), file("z.md", "# Z\n")];
    const outcomes = await importDocumentFiles({ db: failing, workspaceId, files, authorName: "t" });
    expect(counter.transactions).toBe(1 + files.length);
    expect(outcomes.map((o) => [o.fileName, o.action])).toEqual([["x.md", "created"], ["y.md", "created"], ["z.md", "created"]]);
    expect(await db.document.count()).toBe(3);
  });
});
