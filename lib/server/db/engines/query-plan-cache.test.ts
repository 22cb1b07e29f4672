import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SYSTEM_ACTOR } from "../../access/actor";
import { createDocument } from "../../documents/create-document";
import { createTestDb, testWorkspaceId } from "../../testing/test-db";
import type { Db } from "../client";
import { cacheQueryPlans, onlyReads, queryPlanStats } from "./query-plan-cache";

/** A stand-in compiler that counts its work and returns a fresh plan object each time. */
function fakeCompilerClass() {
  const calls: string[] = [];
  class FakeCompiler {
    compile(request: string) {
      calls.push(request);
      return { plan: request, nested: { steps: [1, 2] } };
    }
    compileBatch(request: string) {
      calls.push(`batch ${request}`);
      return { batch: request };
    }
  }
  cacheQueryPlans(FakeCompiler);
  return { FakeCompiler, calls };
}

const read = (id: string) => JSON.stringify({ modelName: "Document", action: "findUnique", query: { arguments: { where: { id } } } });
const write = JSON.stringify({ modelName: "Document", action: "updateOne", query: { arguments: { where: { id: "a" }, data: { title: "t" } } } });

describe("the query plan cache", () => {
  it("compiles a read once per compiler and hands out copies that cannot change the kept plan", () => {
    const { FakeCompiler, calls } = fakeCompilerClass();
    const compiler = new FakeCompiler();
    const first = compiler.compile(read("a")) as { nested: { steps: number[] } };
    first.nested.steps.push(99);
    const second = compiler.compile(read("a"));
    expect(second).toEqual({ plan: read("a"), nested: { steps: [1, 2] } });
    expect(calls).toEqual([read("a")]);
    // Other arguments are another plan; another compiler (another database) keeps its own.
    compiler.compile(read("b"));
    new FakeCompiler().compile(read("a"));
    expect(calls).toEqual([read("a"), read("b"), read("a")]);
  });

  it("compiles writes, very long requests and batches holding a write every time", () => {
    const { FakeCompiler, calls } = fakeCompilerClass();
    const compiler = new FakeCompiler();
    const long = read("x".repeat(5000));
    const mixedBatch = JSON.stringify({ batch: [JSON.parse(read("a")), JSON.parse(write)], transaction: {} });
    const readBatch = JSON.stringify({ batch: [JSON.parse(read("a")), JSON.parse(read("b"))] });
    for (let i = 0; i < 2; i++) [write, long].forEach((request) => compiler.compile(request));
    for (let i = 0; i < 2; i++) [mixedBatch, readBatch].forEach((request) => compiler.compileBatch(request));
    expect(calls).toEqual([write, long, write, long, `batch ${mixedBatch}`, `batch ${readBatch}`, `batch ${mixedBatch}`]);
  });

  it("tells reads from writes by their structural action, whatever a filter on a column named action says", () => {
    expect(onlyReads(read("a"))).toBe(true);
    expect(onlyReads(write)).toBe(false);
    const sneaky = JSON.stringify({ modelName: "AuditEvent", action: "deleteMany", query: { arguments: { where: { action: "findMany" } } } });
    expect(onlyReads(sneaky)).toBe(false);
    const quoted = JSON.stringify({ modelName: "Document", action: "updateOne", query: { arguments: { data: { title: '"action":"findMany"' } } } });
    expect(onlyReads(quoted)).toBe(false);
    expect(onlyReads(JSON.stringify({ modelName: "Document", query: {} }))).toBe(false);
  });
});

describe("the query plan cache on the app's own client", () => {
  let db: Db;
  let cleanup: () => Promise<void>;
  beforeEach(() => ({ db, cleanup } = createTestDb()));
  afterEach(() => cleanup());

  it("serves a repeated read from the cache and still returns the rows as they are now", async () => {
    const workspaceId = await testWorkspaceId(db);
    const list = () => db.document.findMany({ where: { workspaceId }, select: { slug: true, title: true }, orderBy: { slug: "asc" } });
    expect(await list()).toEqual([]);
    const before = queryPlanStats();
    await createDocument({ db, actor: SYSTEM_ACTOR, workspaceId, input: { title: "Planned", format: "plain", authorName: "a" } });
    expect(await list()).toEqual([{ slug: "planned", title: "Planned" }]);
    expect(queryPlanStats().hits).toBeGreaterThan(before.hits);
  });
});
