import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SYSTEM_ACTOR } from "../access/actor";
import { createDocument } from "../documents/create-document";
import { createTestDb, testWorkspaceId } from "../testing/test-db";
import { deletePreset } from "./delete-preset";
import { listPresets } from "./list-presets";
import { savePreset } from "./save-preset";

let env: ReturnType<typeof createTestDb>;
beforeEach(() => {
  env = createTestDb();
});
afterEach(() => env.cleanup());

describe("presets", () => {
  it("saves, replaces by name, lists and deletes a document's test cases", async () => {
    const db = env.db;
    const { slug } = await createDocument({ db, actor: SYSTEM_ACTOR, workspaceId: await testWorkspaceId(db), input: { title: "Cases", format: "plain", authorName: "a" } });
    await savePreset({ db, input: { slug, name: "happy path", values: { name: "Ada", rules: ["a"] }, createdBy: "a" } });
    await savePreset({ db, input: { slug, name: "empty", values: {}, createdBy: "b" } });
    await savePreset({ db, input: { slug, name: "happy path", values: { name: "Grace" }, createdBy: "c" } });
    expect((await listPresets({ db, slug })).map(({ name, values, createdBy }) => ({ name, values, createdBy }))).toEqual([
      { name: "empty", values: {}, createdBy: "b" },
      { name: "happy path", values: { name: "Grace" }, createdBy: "c" },
    ]);
    await deletePreset({ db, slug, name: "empty" });
    expect((await listPresets({ db, slug })).map((p) => p.name)).toEqual(["happy path"]);
    await expect(deletePreset({ db, slug, name: "empty" })).rejects.toMatchObject({ code: "not_found" });
    await expect(savePreset({ db, input: { slug, name: " ", values: {}, createdBy: "a" } })).rejects.toThrow(/Name the test case/);
    await expect(savePreset({ db, input: { slug: "nope", name: "x", values: {}, createdBy: "a" } })).rejects.toMatchObject({ code: "not_found" });
  });
});
