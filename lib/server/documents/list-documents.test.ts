import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SYSTEM_ACTOR } from "../access/actor";
import type { Db } from "../db/client";
import { exportArchive } from "../archive/export-archive";
import { importArchive } from "../archive/import-archive";
import { createTestDb, testAccess, testWorkspaceId } from "../testing/test-db";
import { createDocument } from "./create-document";
import { createVersion } from "./create-version";
import { importDocumentFile } from "./import-document-file";
import { listDocuments } from "./list-documents";

let env: ReturnType<typeof createTestDb>;
let db: Db;
beforeEach(() => ({ db } = env = createTestDb()));
afterEach(() => env.cleanup());

/** Every model query a client runs, with its arguments (what it selects and includes). */
function recording(client: Db) {
  const calls: { model?: string; operation: string; args: unknown }[] = [];
  const recorded = client.$extends({
    query: {
      $allModels: {
        async $allOperations({ model, operation, args, query }) {
          calls.push({ model, operation, args });
          return query(args);
        },
      },
    },
  }) as unknown as Db;
  /** The calls that touch versions or ask for any `content` column. */
  const contentReads = () => calls.filter((call) => call.model === "Version" || /"(versions|content)"/.test(JSON.stringify(call.args ?? {})));
  return { recorded, calls, contentReads };
}

describe("listing the library", () => {
  it("reads no version and no content to list, yet shows each newest version's size, count and author", async () => {
    const workspaceId = await testWorkspaceId(db);
    const big = "x".repeat(40_000) + "é";
    const { slug } = await createDocument({ db, workspaceId, actor: SYSTEM_ACTOR, input: { title: "Big", format: "plain", authorName: "Ann" } });
    await createVersion({ db, access: await testAccess(db, slug), actor: SYSTEM_ACTOR, authorName: "Bo", input: { content: big, message: "grow", baseVersion: 1 } });
    const { recorded, calls, contentReads } = recording(db);

    const page = await listDocuments({ db: recorded, workspaceIds: [workspaceId] });
    expect(page.documents.find((d) => d.slug === slug)).toMatchObject({ size: 40_002, versionCount: 2, latestAuthorName: "Bo" });
    expect(calls.map((call) => call.model)).toContain("Document");
    expect(contentReads()).toEqual([]);

    // The recorder does see a content read when one happens (the way the library used to list).
    await recorded.document.findMany({ include: { versions: { take: 1, select: { content: true } } } });
    expect(contentReads()).toHaveLength(1);
  });

  it("pages by cursor, newest first: every document exactly once, in order, even with equal times", async () => {
    const workspaceId = await testWorkspaceId(db);
    const sameTime = new Date("2026-01-01T00:00:00Z");
    for (let i = 0; i < 7; i++) {
      await db.document.create({ data: { workspaceId, slug: `doc-${i}`, title: `Doc ${i}`, format: "plain", updatedAt: i < 4 ? sameTime : new Date(sameTime.getTime() + i * 1000) } });
    }
    const expected = (await db.document.findMany({ where: { workspaceId }, orderBy: [{ updatedAt: "desc" }, { id: "desc" }], select: { slug: true } })).map((d) => d.slug);
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await listDocuments({ db, workspaceIds: [workspaceId], cursor, limit: 3 });
      expect(page.total).toBe(expected.length);
      seen.push(...page.documents.map((d) => d.slug));
      cursor = page.nextCursor ?? undefined;
      pages++;
    } while (cursor);
    expect(seen).toEqual(expected);
    expect(pages).toBe(Math.ceil(expected.length / 3));
  });

  it("refuses a cursor it did not give out with a clear invalid_input", async () => {
    const workspaceIds = [await testWorkspaceId(db)];
    for (const cursor of ["garbage", Buffer.from("[1,2]").toString("base64url"), Buffer.from(`["2026-01-01", "${"x".repeat(500)}"]`).toString("base64url")]) {
      await expect(listDocuments({ db, workspaceIds, cursor })).rejects.toMatchObject({ code: "invalid_input" });
    }
  });

  it("keeps the summary in step on every path that writes versions: file import and archive import", async () => {
    const workspaceId = await testWorkspaceId(db);
    const file = (text: string) => new TextEncoder().encode(text);
    await importDocumentFile({ db, workspaceId, fileName: "notes.md", bytes: file("# Notes\n\nfirst"), authorName: "Importer" });
    await importDocumentFile({ db, workspaceId, fileName: "notes.md", bytes: file("# Notes\n\nsecond — longer"), authorName: "Later" });
    const summary = async (target: Db, wid: string) => (await listDocuments({ db: target, workspaceIds: [wid] })).documents.find((d) => d.slug === "notes");
    const imported = await summary(db, workspaceId);
    expect(imported).toMatchObject({ versionCount: 2, latestAuthorName: "Later", size: Buffer.byteLength("# Notes\n\nsecond — longer") });

    const archive = await exportArchive({ db, access: await testAccess(db, "notes") });
    const other = createTestDb();
    try {
      const otherWorkspace = await testWorkspaceId(other.db);
      await other.db.document.deleteMany({ where: { slug: "notes" } });
      await importArchive({ db: other.db, archive, workspaceId: otherWorkspace });
      expect(await summary(other.db, otherWorkspace)).toMatchObject({ versionCount: 2, latestAuthorName: "Later", size: imported!.size });
    } finally {
      await other.cleanup();
    }
  });
});
