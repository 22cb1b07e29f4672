import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SYSTEM_ACTOR } from "../access/actor";
import { createTestDb, createTestMember, testAccess } from "../testing/test-db";
import { createDocument } from "./create-document";
import { importDocumentFile } from "./import-document-file";
import { updateDocument } from "./update-document";

let env: ReturnType<typeof createTestDb>;
beforeEach(() => {
  env = createTestDb();
});
afterEach(() => env.cleanup());

const RANDOM = /^secret-plan-[a-z0-9]{4}$/;

/** Workspace A holds "secret-plan" and "secret-plan-2"; B is the outsider probing for them. */
async function twoWorkspaces() {
  const db = env.db;
  const a = await createTestMember(db);
  const b = await createTestMember(db);
  const create = async (workspaceId: string, title: string) =>
    (await createDocument({ db, workspaceId, actor: SYSTEM_ACTOR, input: { title, format: "plain", authorName: "x" } })).slug;
  expect(await create(a.workspaceId, "Secret plan")).toBe("secret-plan");
  expect(await create(a.workspaceId, "Secret plan")).toBe("secret-plan-2");
  return { db, a: a.workspaceId, b: b.workspaceId, create };
}

describe("slugs do not give away other workspaces' documents", () => {
  it("numbers only within the workspace; a slug held elsewhere gets a random suffix", async () => {
    const { a, b, create } = await twoWorkspaces();
    // The outsider does not get "-3" (which would count A's documents) but a random suffix.
    const first = await create(b, "Secret plan");
    expect(first).toMatch(RANDOM);
    const second = await create(b, "Secret plan");
    expect(second).toMatch(RANDOM);
    expect(second).not.toBe(first);
    // Inside A, numbering goes on as before.
    expect(await create(a, "Secret plan")).toBe("secret-plan-3");
    expect(await create(b, "Open plan")).toBe("open-plan");
  });

  it("imports a file whose name another workspace uses under a random suffix, not -2", async () => {
    const { db, b } = await twoWorkspaces();
    const outcome = await importDocumentFile({ db, workspaceId: b, fileName: "secret-plan.md", bytes: new TextEncoder().encode("# Mine\n"), authorName: "x" });
    expect(outcome).toMatchObject({ action: "created" });
    expect(outcome.action === "created" && outcome.slug).toMatch(RANDOM);
  });

  it("refuses a rename to another workspace's slug or old slug with one neutral message", async () => {
    const { db, a, b, create } = await twoWorkspaces();
    await updateDocument({ db, access: await testAccess(db, "secret-plan-2"), actor: SYSTEM_ACTOR, input: { newSlug: "renamed-plan" } });
    const mine = await create(b, "Mine");
    const refusals = [];
    for (const newSlug of ["secret-plan", "secret-plan-2"]) {
      refusals.push(await updateDocument({ db, access: await testAccess(db, mine), actor: SYSTEM_ACTOR, input: { newSlug } }).catch((error: Error) => error));
    }
    expect(refusals.map((error) => [(error as { code?: string }).code, (error as Error).message])).toEqual([
      ["conflict", "The address “secret-plan” is not available. Choose another."],
      ["conflict", "The address “secret-plan-2” is not available. Choose another."],
    ]);
    // A's old link still opens A's document: the redirect was not taken over.
    expect(await db.slugRedirect.findUnique({ where: { slug: "secret-plan-2" }, select: { document: { select: { workspaceId: true } } } })).toEqual({ document: { workspaceId: a } });
    // Inside one's own workspace, the clash is named (its members see that document anyway).
    const other = await create(b, "Other");
    await expect(updateDocument({ db, access: await testAccess(db, other), actor: SYSTEM_ACTOR, input: { newSlug: mine } })).rejects.toThrow(`“Mine” already uses the address “${mine}”.`);
  });
});
