import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { MAX_PRESETS_PER_PERSON } from "@/lib/contracts/presets";
import { SYSTEM_ACTOR } from "../access/actor";
import { authorizeDocument } from "../access/authorize";
import type { SessionUser } from "../auth/get-session-user";
import { createDocument } from "../documents/create-document";
import { createTestDb, createTestMember, testAccess } from "../testing/test-db";
import { deletePreset } from "./delete-preset";
import { listPresets } from "./list-presets";
import { savePreset } from "./save-preset";

let env: ReturnType<typeof createTestDb>;
beforeEach(() => {
  env = createTestDb();
});
afterEach(() => env.cleanup());

/** The access the person's own request would get: its role decides what they may delete. */
const accessAs = (db: typeof env.db, slug: string, user: SessionUser) => authorizeDocument({ db, actor: user, slug, permission: "preset.write" });

async function documentWithTwoPeople() {
  const db = env.db;
  const owner = await createTestMember(db, { name: "Olive" });
  const viewer = await createTestMember(db, { workspaceId: owner.workspaceId, role: "viewer", name: "Vic" });
  const { slug } = await createDocument({ db, actor: SYSTEM_ACTOR, workspaceId: owner.workspaceId, input: { title: "Cases", format: "plain", authorName: "a" } });
  return { db, slug, olive: owner.user, vic: viewer.user };
}

const names = (list: { name: string; ownerName: string; mine: boolean }[]) => list.map(({ name, ownerName, mine }) => ({ name, ownerName, mine }));

describe("presets", () => {
  it("lists a test case whose stored values are corrupt as empty instead of failing the list", async () => {
    const { db, slug, olive } = await documentWithTwoPeople();
    await savePreset({ db, access: await testAccess(db, slug), input: { name: "broken", values: { name: "Ada" } }, owner: olive });
    await savePreset({ db, access: await testAccess(db, slug), input: { name: "fine", values: { name: "Grace" } }, owner: olive });
    await db.preset.updateMany({ where: { name: "broken" }, data: { values: '{"name": "Ad' } });
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    try {
      const listed = await listPresets({ db, access: await testAccess(db, slug), userId: olive.id });
      expect(listed.map(({ name, values }) => ({ name, values }))).toEqual([
        { name: "broken", values: {} },
        { name: "fine", values: { name: "Grace" } },
      ]);
      expect(warn).toHaveBeenCalledWith(expect.stringContaining("Preset.values"));
    } finally {
      warn.mockRestore();
    }
  });

  it("saves, replaces by name, lists and deletes one's own test cases", async () => {
    const { db, slug, olive } = await documentWithTwoPeople();
    await savePreset({ db, access: await testAccess(db, slug), input: { name: "happy path", values: { name: "Ada", rules: ["a"] } }, owner: olive });
    await savePreset({ db, access: await testAccess(db, slug), input: { name: "empty", values: {} }, owner: olive });
    await savePreset({ db, access: await testAccess(db, slug), input: { name: "happy path", values: { name: "Grace" } }, owner: olive });
    expect((await listPresets({ db, access: await testAccess(db, slug), userId: olive.id })).map(({ name, values, mine }) => ({ name, values, mine }))).toEqual([
      { name: "empty", values: {}, mine: true },
      { name: "happy path", values: { name: "Grace" }, mine: true },
    ]);
    await deletePreset({ db, access: await testAccess(db, slug), name: "empty", userId: olive.id });
    expect((await listPresets({ db, access: await testAccess(db, slug), userId: olive.id })).map((p) => p.name)).toEqual(["happy path"]);
    await expect(deletePreset({ db, access: await testAccess(db, slug), name: "empty", userId: olive.id })).rejects.toMatchObject({ code: "not_found" });
    await expect(savePreset({ db, access: await testAccess(db, slug), input: { name: " ", values: {} }, owner: olive })).rejects.toThrow(/Name the test case/);
  });

  it("keeps each person's test cases to themselves: another cannot see, replace or delete them", async () => {
    const { db, slug, olive, vic } = await documentWithTwoPeople();
    await savePreset({ db, access: await testAccess(db, slug), input: { name: "regression", values: { who: "Olive's" } }, owner: olive });
    expect(await listPresets({ db, access: await testAccess(db, slug), userId: vic.id })).toEqual([]);
    // Same name from the viewer: a test case of their own, the owner's unchanged.
    await savePreset({ db, access: await testAccess(db, slug), input: { name: "regression", values: { who: "Vic's" } }, owner: vic });
    expect((await listPresets({ db, access: await testAccess(db, slug), userId: olive.id })).map((p) => p.values)).toEqual([{ who: "Olive's" }]);
    expect((await listPresets({ db, access: await testAccess(db, slug), userId: vic.id })).map((p) => p.values)).toEqual([{ who: "Vic's" }]);
    // Deleting: the viewer's own goes; the owner's reads as missing to them, as any unknown name.
    await deletePreset({ db, access: await accessAs(db, slug, vic), name: "regression", userId: vic.id });
    const refusal = deletePreset({ db, access: await testAccess(db, slug), name: "regression", userId: vic.id });
    await expect(refusal).rejects.toMatchObject({ code: "not_found", message: "There is no test case “regression”." });
    expect(names(await listPresets({ db, access: await testAccess(db, slug), userId: olive.id }))).toEqual([{ name: "regression", ownerName: "Olive", mine: true }]);
  });

  it("lists test cases without an owner (from before presets were personal) read-only; editors may delete them", async () => {
    const { db, slug, olive, vic } = await documentWithTwoPeople();
    const doc = await db.document.findUniqueOrThrow({ where: { slug } });
    await db.preset.create({ data: { documentId: doc.id, name: "legacy", values: "{}", ownerName: "someone" } });
    expect(names(await listPresets({ db, access: await testAccess(db, slug), userId: vic.id }))).toEqual([{ name: "legacy", ownerName: "someone", mine: false }]);
    await expect(deletePreset({ db, access: await accessAs(db, slug, vic), name: "legacy", userId: vic.id })).rejects.toMatchObject({ code: "not_found" });
    await deletePreset({ db, access: await testAccess(db, slug), name: "legacy", userId: olive.id });
    expect(await listPresets({ db, access: await testAccess(db, slug), userId: vic.id })).toEqual([]);
  });

  it("refuses values over 64 KB (413) and more than the per-person count (422), saving nothing", async () => {
    const { db, slug, olive, vic } = await documentWithTwoPeople();
    const huge = { text: "x".repeat(900 * 1024) };
    await expect(savePreset({ db, access: await testAccess(db, slug), input: { name: "huge", values: huge }, owner: olive })).rejects.toMatchObject({
      code: "payload_too_large",
      message: "These values take 901 KB; a test case holds at most 64 KB.",
    });
    await savePreset({ db, access: await testAccess(db, slug), input: { name: "just fits", values: { text: "x".repeat(64 * 1024 - 20) } }, owner: olive });
    for (let i = 1; i < MAX_PRESETS_PER_PERSON; i++) await savePreset({ db, access: await testAccess(db, slug), input: { name: `case ${i}`, values: {} }, owner: olive });
    await expect(savePreset({ db, access: await testAccess(db, slug), input: { name: "one more", values: {} }, owner: olive })).rejects.toMatchObject({ code: "unprocessable" });
    // Replacing one still works, and the limit is per person.
    await savePreset({ db, access: await testAccess(db, slug), input: { name: "case 1", values: { a: 1 } }, owner: olive });
    await savePreset({ db, access: await testAccess(db, slug), input: { name: "mine", values: {} }, owner: vic });
    expect(await db.preset.count({ where: { ownerId: olive.id } })).toBe(MAX_PRESETS_PER_PERSON);
  });
});
