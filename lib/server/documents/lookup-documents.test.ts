import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SYSTEM_ACTOR } from "../access/actor";
import { authorizeWorkspaces } from "../access/authorize-workspaces";
import type { Db } from "../db/client";
import { createTestDb, createTestMember } from "../testing/test-db";
import { setArchived } from "./archive-document";
import { createDocument } from "./create-document";
import { lookupDocuments } from "./lookup-documents";
import { authorizeDocument } from "../access/authorize";

let db: Db;
let cleanup: () => Promise<void>;
beforeEach(() => ({ db, cleanup } = createTestDb()));
afterEach(() => cleanup());

const create = async (workspaceId: string, title: string) =>
  (await createDocument({ db, actor: SYSTEM_ACTOR, workspaceId, input: { title, format: "plain", authorName: "a" } })).slug;

/** What the palette's action does for a signed-in person: their readable workspaces, then the lookup. */
async function lookUpAs(user: Awaited<ReturnType<typeof createTestMember>>["user"], query: string) {
  const readable = await authorizeWorkspaces({ db, actor: user, permission: "document.read" });
  return lookupDocuments({ db, workspaceIds: readable.map((access) => access.workspaceId), query });
}

describe("looking documents up for the command palette", () => {
  it("never finds another workspace's documents, even by their exact title or slug", async () => {
    const a = await createTestMember(db, { name: "Ann" });
    const viewerOfA = await createTestMember(db, { workspaceId: a.workspaceId, role: "viewer" });
    const b = await createTestMember(db, { name: "Bob" });
    const mine = await create(a.workspaceId, "Support persona");
    const theirs = await create(b.workspaceId, "Secret support persona");

    expect((await lookUpAs(viewerOfA.user, "support")).map((hit) => hit.slug)).toEqual([mine]);
    expect(await lookUpAs(viewerOfA.user, theirs)).toEqual([]);
    expect(await lookUpAs(viewerOfA.user, "Secret")).toEqual([]);
    // Bob finds his own, and only his own.
    expect((await lookUpAs(b.user, "persona")).map((hit) => hit.slug)).toEqual([theirs]);
  });

  it("matches titles and slugs without case, best matches first, archived last", async () => {
    const { workspaceId, user } = await createTestMember(db);
    const later = await create(workspaceId, "Code review guide");
    const exact = await create(workspaceId, "Review");
    const prefix = await create(workspaceId, "Reviewer persona");
    const archived = await create(workspaceId, "Review archive");
    await setArchived({ db, access: await authorizeDocument({ db, actor: user, slug: archived, permission: "document.edit" }), actor: SYSTEM_ACTOR, archived: true });
    await create(workspaceId, "Unrelated");

    const hits = await lookUpAs(user, "REVIEW");
    expect(hits.map((hit) => hit.slug)).toEqual([exact, prefix, later, archived]);
    expect(hits.at(-1)).toMatchObject({ archived: true, workspaceName: expect.any(String) });
    expect((await lookUpAs(user, prefix)).map((hit) => hit.slug)).toEqual([prefix]);
  });

  it("takes `_` and `%` literally", async () => {
    const { workspaceId, user } = await createTestMember(db);
    const snake = await create(workspaceId, "tool_use rules");
    await create(workspaceId, "toolXuse notes");
    await create(workspaceId, "100 percent");
    expect((await lookUpAs(user, "tool_use")).map((hit) => hit.slug)).toEqual([snake]);
    expect(await lookUpAs(user, "100%")).toEqual([]);
  });

  it("reads titles and slugs only, never a version's content", async () => {
    const { workspaceId, user } = await createTestMember(db);
    await create(workspaceId, "Reads little");
    const queries: string[] = [];
    const watched = db.$extends({
      query: {
        $allModels: {
          async $allOperations({ model, args, query }) {
            queries.push(`${model} ${JSON.stringify(args)}`);
            return query(args);
          },
        },
      },
    }) as unknown as Db;
    const readable = await authorizeWorkspaces({ db, actor: user, permission: "document.read" });
    const hits = await lookupDocuments({ db: watched, workspaceIds: readable.map((access) => access.workspaceId), query: "little" });
    expect(hits).toHaveLength(1);
    expect(queries).toHaveLength(1);
    expect(queries[0]).toMatch(/^Document /);
    expect(queries[0]).not.toMatch(/versions|content/);
  });
});
