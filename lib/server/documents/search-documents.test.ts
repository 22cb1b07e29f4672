import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { snippetParts } from "@/lib/core/search/parse-search-query";
import { SYSTEM_ACTOR } from "../access/actor";
import type { Db } from "../db/client";
import { setLabel } from "../labels/set-label";
import { createTestDb, testAccess, testWorkspaceId } from "../testing/test-db";
import { testEngine } from "../testing/test-postgresql";
import { createVersion } from "./create-version";
import { deleteDocument } from "./delete-document";
import { importDocumentFile } from "./import-document-file";
import { importDocumentFiles } from "./import-document-files";
import { RANKED_CANDIDATES } from "../search/rank-candidates";
import { restoreVersion } from "./restore-version";
import { searchDocuments } from "./search-documents";
import { updateDocument } from "./update-document";

let env: ReturnType<typeof createTestDb>;
let db: Db;
let workspaceId: string;
beforeEach(async () => {
  ({ db } = env = createTestDb());
  workspaceId = await testWorkspaceId(db);
});
afterEach(() => env.cleanup());

async function add(name: string, content: string, authorName = "Ann", target = workspaceId) {
  const outcome = await importDocumentFile({ db, workspaceId: target, fileName: `${name}.md`, bytes: new TextEncoder().encode(content), authorName });
  if (outcome.action !== "created") throw new Error(JSON.stringify(outcome));
  return outcome.slug;
}
async function save(slug: string, content: string, authorName = "Ann", message = "") {
  const access = await testAccess(db, slug);
  const head = (await db.document.findUniqueOrThrow({ where: { slug }, select: { versionCount: true } })).versionCount;
  await createVersion({ db, access, actor: SYSTEM_ACTOR, authorName, input: { content, message, baseVersion: head } });
}
const search = async (query: string, options: { personName?: string; archived?: boolean } = {}) =>
  (await searchDocuments({ db, workspaceIds: [workspaceId], query, ...options })).documents;
const slugs = async (query: string, options: { personName?: string } = {}) => (await search(query, options)).map((d) => d.slug);

describe(`full-text search (${testEngine()})`, () => {
  it("ranks a title match above a passing mention, with a highlighted snippet and its line", async () => {
    await add("mentions", "# Notes\n\nline two\nwe once met a pirate here\n");
    await add("pirate-captain", "# Pirate captain\n\nYou are a pirate. Every pirate answer rhymes.\n");
    const results = await search("pirate");
    expect(results.map((r) => r.slug)).toEqual(["pirate-captain", "mentions"]);
    const mention = results[1]!;
    expect(mention.line).toBe(4);
    expect(snippetParts(mention.snippet!).filter((p) => p.match).map((p) => p.text.toLowerCase())).toContain("pirate");
    expect(snippetParts(mention.snippet!).map((p) => p.text).join("")).toContain("once met a");
  });

  it("matches phrases in order, prefixes, any case and across title, description, tags and version messages", async () => {
    await add("ordered", "# A\n\nthe quick brown fox\n");
    await add("reversed", "# B\n\nthe brown quick fox\n");
    expect(await slugs('"quick brown"')).toEqual(["ordered"]);
    expect((await slugs("QUICK brown")).sort()).toEqual(["ordered", "reversed"]);
    expect((await slugs("qui*")).sort()).toEqual(["ordered", "reversed"]);
    expect(await slugs("quic")).toEqual([]);
    await updateDocument({ db, access: await testAccess(db, "reversed"), actor: SYSTEM_ACTOR, input: { description: "zebra stripes", tags: ["mammals"] } });
    expect(await slugs("zebra")).toEqual(["reversed"]);
    expect(await slugs("mammals")).toEqual(["reversed"]);
    await save("ordered", "the quick brown fox jumps", "Ann", "tightened the walrus rule");
    expect(await slugs("walrus")).toEqual(["ordered"]);
  });

  it("searches the current content only, kept in step by saves, restores and deletes", async () => {
    const slug = await add("moving", "# Moving\n\nalpha text\n");
    await save(slug, "# Moving\n\nbeta text\n");
    expect(await slugs("alpha")).toEqual([]);
    expect(await slugs("beta")).toEqual([slug]);
    await restoreVersion({ db, access: await testAccess(db, slug), actor: SYSTEM_ACTOR, version: 1, authorName: "Ann" });
    expect(await slugs("alpha")).toEqual([slug]);
    await deleteDocument({ db, access: await testAccess(db, slug), actor: SYSTEM_ACTOR });
    expect(await slugs("alpha")).toEqual([]);
  });

  it("combines words with tag, format, label and by:me filters", async () => {
    const a = await add("tagged", "# T\n\nshared word\n");
    const b = await add("labelled", "<system>\nshared word\n</system>\n");
    const c = await add("mine", "# M\n\nshared word\n", "Me");
    await updateDocument({ db, access: await testAccess(db, a), actor: SYSTEM_ACTOR, input: { tags: ["ops", "beta"] } });
    await setLabel({ db, access: await testAccess(db, b), actor: SYSTEM_ACTOR, actorName: "ops", input: { name: "production", version: 1 } });
    expect((await slugs("shared")).sort()).toEqual([a, b, c].sort());
    expect(await slugs("shared tag:ops")).toEqual([a]);
    expect(await slugs("shared tag:ops tag:beta")).toEqual([a]);
    expect(await slugs("shared tag:op")).toEqual([]);
    expect(await slugs("shared format:xml")).toEqual([b]);
    expect(await slugs("shared has:production")).toEqual([b]);
    expect(await slugs("shared by:me", { personName: "Me" })).toEqual([c]);
    expect(await slugs("shared by:me")).toEqual([]);
    // Filters alone list newest first, without the index.
    expect(await slugs("tag:ops")).toEqual([a]);
  });

  it("never shows another workspace's documents, however the query is put", async () => {
    const other = (await db.workspace.create({ data: { name: "Other" } })).id;
    await add("secret", "# Secret\n\nclassified launch codes\n", "Eve", other);
    await add("ours", "# Ours\n\nnothing here\n");
    for (const query of ["classified", "secret", "class*", '"launch codes"', "tag:x classified", "classified OR nothing", "* OR *"]) {
      expect(await slugs(query)).not.toContain("secret");
    }
    expect((await searchDocuments({ db, workspaceIds: [other], query: "classified" })).documents.map((d) => d.slug)).toEqual(["secret"]);
  });

  it("treats hostile queries as plain words and never errors; refuses a 10 KB query with invalid_input", async () => {
    await add("plain", "# Plain\n\nsome NEAR text AND more\n");
    for (const query of ['"', '""', "'", "\"unclosed", "NEAR(a b)", "a OR b", "-x", "title:x", "^x", "*", "x**", "(", ")", "&|!:*<->", "\\", "'; DROP TABLE \"Document\"; --", "\u0000", "é*", "🚀"]) {
      await expect(search(query), query).resolves.toBeInstanceOf(Array);
    }
    expect(await slugs("near")).toEqual(["plain"]);
    expect(await slugs("and")).toEqual(["plain"]);
    await expect(search("x".repeat(10_000))).rejects.toMatchObject({ code: "invalid_input" });
  });

  it("finds and filters more matches than one query can take as parameters (over 999)", async () => {
    const rows = Array.from({ length: 1010 }, (_, i) => ({ workspaceId, slug: `many-${i}`, title: `Many ${i}`, format: "plain", tags: i === 1009 ? '["last"]' : "[]" }));
    await db.document.createMany({ data: rows });
    const page = await searchDocuments({ db, workspaceIds: [workspaceId], query: "many" });
    expect(page.total).toBe(1000);
    expect(page.documents).toHaveLength(20);
    expect((await searchDocuments({ db, workspaceIds: [workspaceId], query: "many tag:last" })).total).toBeLessThanOrEqual(1);
  });

  it("pages ranked results by cursor, each match once", async () => {
    for (let i = 0; i < 5; i++) await add(`page-${i}`, `# P${i}\n\n${"needle ".repeat(i + 1)}\n`);
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await searchDocuments({ db, workspaceIds: [workspaceId], query: "needle", cursor, limit: 2 });
      expect(page.total).toBe(5);
      seen.push(...page.documents.map((d) => d.slug));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen.sort()).toEqual(["page-0", "page-1", "page-2", "page-3", "page-4"]);
    await expect(searchDocuments({ db, workspaceIds: [workspaceId], query: "needle", cursor: "bogus" })).rejects.toMatchObject({ code: "invalid_input" });
  });

  it("reads content only for the page's rows, in one query", async () => {
    for (let i = 0; i < 30; i++) await add(`doc-${i}`, `# D${i}\n\n${"filler line\n".repeat(i)}the needle is here\n`);
    const reads: unknown[][] = [];
    const recording = new Proxy(db, {
      get(target, key, receiver) {
        const value = Reflect.get(target, key, receiver) as unknown;
        if (key !== "$queryRawUnsafe" || typeof value !== "function") return typeof value === "function" ? value.bind(target) : value;
        return (sql: string, ...values: unknown[]) => {
          if (/"content"/.test(sql)) reads.push(values.flat());
          return (value as (...args: unknown[]) => unknown).call(target, sql, ...values);
        };
      },
    }) as Db;
    const page = await searchDocuments({ db: recording, workspaceIds: [workspaceId], query: "needle" });
    expect(page.total).toBe(30);
    expect(page.documents).toHaveLength(20);
    const ids = await db.document.findMany({ where: { slug: { in: page.documents.map((d) => d.slug) } }, select: { id: true } });
    expect(reads).toHaveLength(1);
    expect(new Set(reads[0])).toEqual(new Set(ids.map((row) => row.id)));
    // Each snippet still finds its own line, however far down.
    for (const doc of page.documents) expect(doc.line).toBe(3 + Number(doc.slug.slice(4)));
  });

  it("past the matches it scores, still puts the oldest title match first and pages through every match", async () => {
    await add("walrus-guide", "# Walrus guide\n\nall about it\n");
    const files = Array.from({ length: RANKED_CANDIDATES + 30 }, (_, i) => ({ fileName: `body-${i}.md`, bytes: new TextEncoder().encode(`# Body ${i}\n\none walrus mention\n`) }));
    await importDocumentFiles({ db, workspaceId, files, authorName: "Ann" });
    const first = await searchDocuments({ db, workspaceIds: [workspaceId], query: "walrus" });
    expect(first.total).toBe(files.length + 1);
    expect(first.documents[0]!.slug).toBe("walrus-guide");
    const seen = new Set<string>();
    for (let cursor: string | undefined, pages = 0; pages === 0 || cursor; pages++) {
      const page = await searchDocuments({ db, workspaceIds: [workspaceId], query: "walrus", cursor, limit: 100 });
      for (const doc of page.documents) seen.add(doc.slug);
      cursor = page.nextCursor ?? undefined;
    }
    expect(seen.size).toBe(files.length + 1);
  });
});
