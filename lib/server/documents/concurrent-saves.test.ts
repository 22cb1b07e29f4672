import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SYSTEM_ACTOR } from "../access/actor";
import type { Db } from "../db/client";
import { isAppError } from "../errors";
import { createTestDb, testWorkspaceId, testAccess } from "../testing/test-db";
import { createDocument } from "./create-document";
import { createVersion, type ConflictDetails } from "./create-version";

let db: Db;
let cleanup: () => Promise<void>;
let slug: string;
beforeEach(async () => {
  ({ db, cleanup } = createTestDb());
  ({ slug } = await createDocument({ db, actor: SYSTEM_ACTOR, workspaceId: await testWorkspaceId(db), input: { title: "Busy", format: "plain", authorName: "setup" } }));
});
afterEach(() => cleanup());

const numbers = async () =>
  (await db.version.findMany({ where: { document: { slug } }, orderBy: { number: "asc" } })).map((v) => v.number);

describe("concurrent saves on one document", () => {
  it("50 saves from the same base: exactly one lands, the rest get a conflict with the head", async () => {
    const access = await testAccess(db, slug);
    const results = await Promise.allSettled(
      Array.from({ length: 50 }, (_, i) =>
        createVersion({ db, access, actor: SYSTEM_ACTOR, input: { content: `edit ${i}`, message: "", baseVersion: 1 }, authorName: `w${i}` }),
      ),
    );
    const landed = results.filter((r) => r.status === "fulfilled");
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(landed).toHaveLength(1);
    expect(refused).toHaveLength(49);
    for (const { reason } of refused) {
      expect(isAppError(reason) && reason.code).toBe("conflict");
      expect(isAppError(reason) && (reason.details as ConflictDetails).head.number).toBe(2);
    }
    expect(await numbers()).toEqual([1, 2]);
  });

  it("50 writers that re-base after each conflict all land, numbered 1..51 without gaps", async () => {
    const access = await testAccess(db, slug);
    async function saveUntilLanded(i: number) {
      let base = 1;
      for (let attempt = 0; attempt < 200; attempt++) {
        try {
          return await createVersion({ db, access, actor: SYSTEM_ACTOR, input: { content: `writer ${i}`, message: "", baseVersion: base }, authorName: `w${i}` });
        } catch (error) {
          if (!isAppError(error) || error.code !== "conflict") throw error;
          base = (error.details as ConflictDetails).head.number;
        }
      }
      throw new Error(`writer ${i} never landed`);
    }
    await Promise.all(Array.from({ length: 50 }, (_, i) => saveUntilLanded(i)));
    expect(await numbers()).toEqual(Array.from({ length: 51 }, (_, i) => i + 1));
    const contents = (await db.version.findMany({ where: { document: { slug }, number: { gt: 1 } } })).map((v) => v.content);
    expect(contents.sort()).toEqual(Array.from({ length: 50 }, (_, i) => `writer ${i}`).sort());
  }, 60_000);
});
