import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SYSTEM_ACTOR } from "../access/actor";
import type { Db } from "../db/client";
import { setArchived } from "../documents/archive-document";
import { importDocumentFile } from "../documents/import-document-file";
import { listDocuments } from "../documents/list-documents";
import { moveDocument } from "../documents/move-document";
import { searchDocuments } from "../documents/search-documents";
import { updateDocument } from "../documents/update-document";
import { createTestDb, createTestMember, testAccess } from "../testing/test-db";
import { testEngine } from "../testing/test-postgresql";
import { listFolders } from "./list-folders";
import { lookupFolders } from "./lookup-folders";

let db: Db;
let cleanup: () => Promise<void>;
let workspaceId: string;
beforeEach(async () => {
  ({ db, cleanup } = createTestDb());
  ({ workspaceId } = await createTestMember(db));
});
afterEach(() => cleanup());

async function add(folder: string, name: string, content = `# ${name}\n\nA persona.\n`, target = workspaceId) {
  const outcome = await importDocumentFile({ db, workspaceId: target, folder, fileName: `${name}.md`, bytes: new TextEncoder().encode(content), authorName: "a" });
  if (outcome.action !== "created") throw new Error(JSON.stringify(outcome));
  return outcome.slug;
}
const slugsOf = (page: { documents: { slug: string }[] }) => page.documents.map((doc) => doc.slug).sort();

describe(`browsing folders (${testEngine()})`, () => {
  it("counts each folder's documents directly inside and below, without archived ones or another workspace's", async () => {
    await add("", "top");
    await add("agents", "lead");
    await add("agents/backend", "api");
    await add("agents/backend", "worker");
    await add("agents/backend/db", "schema");
    await add("zeta/empty-parent/leaf", "deep");
    const archived = await add("agents/backend", "retired");
    await setArchived({ db, access: await testAccess(db, archived), actor: SYSTEM_ACTOR, archived: true });
    const other = await createTestMember(db);
    await add("agents/backend", "theirs", "# Theirs\n", other.workspaceId);
    await add("secret", "hidden", "# Hidden\n", other.workspaceId);

    const tree = await listFolders({ db, access: { workspaceId } });
    expect([tree.rootDirect, tree.total]).toEqual([1, 6]);
    expect(tree.folders.map(({ path, direct, total }) => [path, direct, total])).toEqual([
      ["agents", 1, 4],
      ["agents/backend", 2, 3],
      ["agents/backend/db", 1, 1],
      ["zeta", 0, 1],
      ["zeta/empty-parent", 0, 1],
      ["zeta/empty-parent/leaf", 1, 1],
    ]);
    const archive = await listFolders({ db, access: { workspaceId }, archived: true });
    expect(archive.folders.map(({ path, total }) => [path, total])).toEqual([["agents", 1], ["agents/backend", 1]]);
  });

  it("counts by grouping in the database: one query, no document row or content read", async () => {
    await add("a/b", "one");
    const queries: string[] = [];
    const watched = db.$extends({
      query: { $allModels: { async $allOperations({ model, operation, args, query }) { queries.push(`${model}.${operation} ${JSON.stringify(args)}`); return query(args); } } },
    }) as unknown as Db;
    expect((await listFolders({ db: watched, access: { workspaceId } })).folders.map((node) => node.path)).toEqual(["a", "a/b"]);
    expect(queries).toHaveLength(1);
    expect(queries[0]).toMatch(/^Document\.groupBy .*"by":\["folder"\]/);
    expect(queries[0]).not.toMatch(/content|versions/);
  });

  it("looks folders up for the palette by any part of the path, names starting with it first, this workspace only", async () => {
    await add("services/backend-api", "one");
    await add("backend", "two");
    await add("backend", "mine-too", "# Theirs\n", (await createTestMember(db)).workspaceId);
    expect(await lookupFolders({ db, access: { workspaceId }, query: "BACKEND" })).toEqual([
      { path: "backend", total: 1 },
      { path: "services/backend-api", total: 1 },
    ]);
    expect(await lookupFolders({ db, access: { workspaceId }, query: "  " })).toEqual([]);
  });

  it("lists only the documents directly in a folder, page by page", async () => {
    const inside = [];
    for (let n = 0; n < 5; n++) inside.push(await add("agents/backend", `doc-${n}`));
    await add("agents/backend/db", "below");
    await add("agents", "above");
    await add("", "top");
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await listDocuments({ db, workspaceIds: [workspaceId], folder: "agents/backend", cursor, limit: 2 });
      expect(page.total).toBe(5);
      seen.push(...page.documents.map((doc) => doc.slug));
      expect(page.documents.every((doc) => doc.folder === "agents/backend")).toBe(true);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen.sort()).toEqual(inside.sort());
    expect(slugsOf(await listDocuments({ db, workspaceIds: [workspaceId], folder: "" }))).toEqual(["top"]);
  });

  it("searches a folder and every folder below it, by option and by the folder: term", async () => {
    await add("agents/backend", "api", "# API\n\nYou are a pirate of the API.\n");
    await add("agents/backend/db", "schema", "# Schema\n\nA pirate of tables.\n");
    await add("agents/backend-old", "legacy", "# Legacy\n\nAn old pirate.\n");
    await add("", "captain", "# Captain\n\nThe pirate captain.\n");
    const search = async (query: string, folder?: string) => slugsOf(await searchDocuments({ db, workspaceIds: [workspaceId], query, folder }));
    expect(await search("pirate", "agents/backend")).toEqual(["api", "schema"]);
    expect(await search("pirate folder:agents/backend")).toEqual(["api", "schema"]);
    expect(await search('pirate folder:"agents/backend/db"')).toEqual(["schema"]);
    expect(await search("folder:agents")).toEqual(["api", "legacy", "schema"]);
    expect(await search("pirate", "")).toEqual(["api", "captain", "legacy", "schema"]);
    // Browsing (nothing typed) lists only what is directly inside; tags filter it and below.
    expect(await search("", "agents/backend")).toEqual(["api"]);
    await updateDocument({ db, access: await testAccess(db, "schema"), actor: SYSTEM_ACTOR, input: { tags: ["db"] } });
    expect(slugsOf(await searchDocuments({ db, workspaceIds: [workspaceId], query: "", folder: "agents/backend", tags: ["db"] }))).toEqual(["schema"]);
    // Names are matched exactly: no wildcards, no case folding.
    await add("a_c", "underscore", "# U\n\npirate\n");
    expect(await search("pirate folder:a%c")).toEqual([]);
    expect(await search("pirate folder:A_C")).toEqual([]);
    expect(await search("pirate folder:a_c")).toEqual(["underscore"]);
  });

  it("imports into a folder, keeps a moved document where it was put, and tells files of one name apart by folder", async () => {
    const first = await add("agents/backend", "readme", "# Backend\n");
    const second = await add("agents/frontend", "readme", "# Frontend\n");
    expect([first, second]).toEqual(["readme", "agents-frontend-readme"]);
    const again = (folder: string, content: string) =>
      importDocumentFile({ db, workspaceId, folder, fileName: "readme.md", bytes: new TextEncoder().encode(content), authorName: "a" });
    expect(await again("agents/backend", "# Backend\n")).toMatchObject({ action: "unchanged", slug: "readme" });
    expect(await again("agents/frontend", "# Frontend\n")).toMatchObject({ action: "unchanged", slug: "agents-frontend-readme" });
    // Moved in the app: the file still finds it by its folder-and-name slug and leaves it where it is.
    await moveDocument({ db, access: await testAccess(db, second), actor: SYSTEM_ACTOR, input: { folder: "web" } });
    expect(await again("agents/frontend", "# Frontend v2\n")).toMatchObject({ action: "new-version", slug: second });
    expect((await db.document.findUniqueOrThrow({ where: { slug: second } })).folder).toBe("web");
    expect(await again("../etc", "# Escape\n")).toMatchObject({ action: "rejected", code: "invalid_folder" });
    expect(await db.document.count({ where: { workspaceId } })).toBe(2);
  });

  it("gives a file in a folder a slug of its own when another workspace holds its name, without moving theirs", async () => {
    const other = await createTestMember(db);
    await add("", "shared-name", "# Theirs\n", other.workspaceId);
    const mine = await add("team", "shared-name", "# Mine\n");
    expect(mine).toBe("team-shared-name");
    expect((await db.document.findUniqueOrThrow({ where: { slug: "shared-name" } })).workspaceId).toBe(other.workspaceId);
    expect(await importDocumentFile({ db, workspaceId, folder: "team", fileName: "shared-name.md", bytes: new TextEncoder().encode("# Mine\n"), authorName: "a" })).toMatchObject({ action: "unchanged", slug: mine });
  });
});
