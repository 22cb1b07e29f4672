import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SYSTEM_ACTOR } from "../access/actor";
import type { Db } from "../db/client";
import { createTestDb, createTestMember, testAccess } from "../testing/test-db";
import { setArchived } from "./archive-document";
import { createDocument } from "./create-document";
import { listTags } from "./list-tags";
import { searchDocuments } from "./search-documents";
import { updateDocument } from "./update-document";

let db: Db;
let cleanup: () => Promise<void>;
beforeEach(() => ({ db, cleanup } = createTestDb()));
afterEach(() => cleanup());

async function tagged(workspaceId: string, title: string, tags: string[]) {
  const { slug } = await createDocument({ db, actor: SYSTEM_ACTOR, workspaceId, input: { title, format: "plain", authorName: "a" } });
  await updateDocument({ db, access: await testAccess(db, slug, "document.edit"), actor: SYSTEM_ACTOR, input: { tags } });
  return slug;
}

describe("tags in the library", () => {
  it("counts each tag over the listed documents of the workspace only", async () => {
    const { workspaceId } = await createTestMember(db);
    const other = await createTestMember(db);
    await tagged(workspaceId, "One", ["ops", "support"]);
    await tagged(workspaceId, "Two", ["support", "ops"]);
    await tagged(workspaceId, "Three", ["support"]);
    await tagged(workspaceId, "Untagged", []);
    const archived = await tagged(workspaceId, "Old", ["support", "legacy"]);
    await setArchived({ db, access: await testAccess(db, archived, "document.edit"), actor: SYSTEM_ACTOR, archived: true });
    await tagged(other.workspaceId, "Elsewhere", ["ops", "secret"]);

    expect(await listTags({ db, workspaceIds: [workspaceId] })).toEqual([
      { tag: "support", count: 3 },
      { tag: "ops", count: 2 },
    ]);
    expect(await listTags({ db, workspaceIds: [workspaceId], archived: true })).toEqual([
      { tag: "legacy", count: 1 },
      { tag: "support", count: 1 },
    ]);
  });

  it("narrows the list to documents carrying every tag asked for, exactly", async () => {
    const { workspaceId } = await createTestMember(db);
    const both = await tagged(workspaceId, "Both", ["ops", "tool_use"]);
    const opsOnly = await tagged(workspaceId, "Ops only", ["ops"]);
    await tagged(workspaceId, "Look-alike", ["OPS", "toolXuse"]);
    const other = await createTestMember(db);
    await tagged(other.workspaceId, "Elsewhere", ["ops", "tool_use"]);
    const slugs = async (tags: string[]) => (await searchDocuments({ db, workspaceIds: [workspaceId], query: "", tags })).documents.map((doc) => doc.slug).sort();

    expect(await slugs(["ops"])).toEqual([both, opsOnly].sort());
    expect(await slugs(["ops", "tool_use"])).toEqual([both]);
    expect(await slugs(["tool_use", "missing"])).toEqual([]);
    expect(await slugs([])).toHaveLength(3);
    // The search still applies on top.
    expect((await searchDocuments({ db, workspaceIds: [workspaceId], tags: ["ops"], query: "only" })).documents.map((doc) => doc.slug)).toEqual([opsOnly]);
  });

  it("counts without reading any document row or content", async () => {
    const { workspaceId } = await createTestMember(db);
    await tagged(workspaceId, "Counted", ["a"]);
    const queries: string[] = [];
    const watched = db.$extends({
      query: {
        $allModels: {
          async $allOperations({ model, operation, args, query }) {
            queries.push(`${model}.${operation} ${JSON.stringify(args)}`);
            return query(args);
          },
        },
      },
    }) as unknown as Db;
    expect(await listTags({ db: watched, workspaceIds: [workspaceId] })).toEqual([{ tag: "a", count: 1 }]);
    expect(queries).toHaveLength(1);
    expect(queries[0]).toMatch(/^Document\.groupBy /);
    expect(queries[0]).not.toMatch(/versions|content/);
  });
});
