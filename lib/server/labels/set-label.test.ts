import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SYSTEM_ACTOR } from "../access/actor";
import type { Db } from "../db/client";
import { createDocument } from "../documents/create-document";
import { createVersion } from "../documents/create-version";
import { resolveVersion } from "../documents/resolve-version";
import { createTestDb, testWorkspaceId, testAccess } from "../testing/test-db";
import { listLabelEvents } from "./list-label-events";
import { setLabel } from "./set-label";

let db: Db;
let cleanup: () => Promise<void>;
let slug: string;
beforeEach(async () => {
  ({ db, cleanup } = createTestDb());
  ({ slug } = await createDocument({ db, actor: SYSTEM_ACTOR, workspaceId: await testWorkspaceId(db), input: { title: "Labelled", format: "plain", authorName: "a" } }));
  await createVersion({ db, access: await testAccess(db, slug), actor: SYSTEM_ACTOR, input: { content: "v2", message: "", baseVersion: 1 }, authorName: "a" });
  await createVersion({ db, access: await testAccess(db, slug), actor: SYSTEM_ACTOR, input: { content: "v3", message: "", baseVersion: 2 }, authorName: "a" });
});
afterEach(() => cleanup());

describe("labels", () => {
  it("points a label at a version, records every move, and resolves by label, number and latest", async () => {
    await setLabel({ db, access: await testAccess(db, slug), actor: SYSTEM_ACTOR, input: { name: "production", version: 2 }, actorName: "ana" });
    await setLabel({ db, access: await testAccess(db, slug), actor: SYSTEM_ACTOR, input: { name: "production", version: 3 }, actorName: "ben" });
    expect(await setLabel({ db, access: await testAccess(db, slug), actor: SYSTEM_ACTOR, input: { name: "production", version: 3 }, actorName: "ben" })).toMatchObject({ moved: false });

    const events = await listLabelEvents({ db, access: await testAccess(db, slug) });
    expect(events.map(({ name, fromNumber, toNumber, actorName }) => ({ name, fromNumber, toNumber, actorName }))).toEqual([
      { name: "production", fromNumber: 2, toNumber: 3, actorName: "ben" },
      { name: "production", fromNumber: null, toNumber: 2, actorName: "ana" },
    ]);

    expect((await resolveVersion({ db, access: await testAccess(db, slug), ref: "production" })).version.content).toBe("v3");
    expect((await resolveVersion({ db, access: await testAccess(db, slug), ref: 2 })).version.content).toBe("v2");
    const latest = await resolveVersion({ db, access: await testAccess(db, slug), ref: "latest" });
    expect([latest.version.number, latest.immutable]).toEqual([3, false]);
    expect((await resolveVersion({ db, access: await testAccess(db, slug), ref: 1 })).immutable).toBe(true);
  });

  it("refuses invalid and reserved names, and versions that do not exist", async () => {
    await expect(setLabel({ db, access: await testAccess(db, slug), actor: SYSTEM_ACTOR, input: { name: "Prod!", version: 1 }, actorName: "a" })).rejects.toThrow(/lowercase/);
    await expect(setLabel({ db, access: await testAccess(db, slug), actor: SYSTEM_ACTOR, input: { name: "latest", version: 1 }, actorName: "a" })).rejects.toThrow(/newest/);
    await expect(setLabel({ db, access: await testAccess(db, slug), actor: SYSTEM_ACTOR, input: { name: "x".repeat(37), version: 1 }, actorName: "a" })).rejects.toThrow();
    await expect(setLabel({ db, access: await testAccess(db, slug), actor: SYSTEM_ACTOR, input: { name: "staging", version: 9 }, actorName: "a" })).rejects.toMatchObject({ code: "not_found" });
    await expect(resolveVersion({ db, access: await testAccess(db, slug), ref: "staging" })).rejects.toMatchObject({ code: "not_found" });
  });
});
