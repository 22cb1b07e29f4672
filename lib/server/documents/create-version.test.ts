import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { saveVersionSchema } from "@/lib/contracts/documents";
import { SYSTEM_ACTOR } from "../access/actor";
import type { Db } from "../db/client";
import { createTestDb, testAccess, testWorkspaceId } from "../testing/test-db";
import { createDocument } from "./create-document";
import { createVersion } from "./create-version";
import { getDocument } from "./get-document";
import { getVersion } from "./get-version";

let db: Db;
let cleanup: () => Promise<void>;
beforeEach(() => ({ db, cleanup } = createTestDb()));
afterEach(() => cleanup());

describe("createDocument and createVersion", () => {
  it("numbers versions 1..n, keeps old ones intact, and skips identical saves", async () => {
    const { slug } = await createDocument({ db, actor: SYSTEM_ACTOR, workspaceId: await testWorkspaceId(db), input: { title: "Support Bot", format: "xml", authorName: "Ana" } });
    expect(slug).toBe("support-bot");
    const access = await testAccess(db, slug);
    const first = await getDocument({ db, access });
    expect(first.head.content).toContain("<system>");

    const save = async (content: string) => {
      const baseVersion = (await getDocument({ db, access })).head.number;
      return createVersion({ db, access, actor: SYSTEM_ACTOR, input: { content, message: "m", baseVersion }, authorName: "Ana" });
    };
    expect(await save("second")).toEqual({ created: true, number: 2 });
    expect(await save("second")).toEqual({ created: false, number: 2 });
    expect(await save("third")).toEqual({ created: true, number: 3 });

    expect((await getVersion({ db, access, number: 2 })).content).toBe("second");
    expect((await getVersion({ db, access, number: 1 })).content).toBe(first.head.content);
    expect((await getDocument({ db, access })).versions.map((v) => v.number)).toEqual([3, 2, 1]);
  });

  it("gives a second document with the same title its own slug", async () => {
    const input = { title: "Twin", format: "plain" as const, authorName: "Ana" };
    expect((await createDocument({ db, actor: SYSTEM_ACTOR, workspaceId: await testWorkspaceId(db), input })).slug).toBe("twin");
    expect((await createDocument({ db, actor: SYSTEM_ACTOR, workspaceId: await testWorkspaceId(db), input })).slug).toBe("twin-2");
  });

  it("reports unknown documents and versions as not_found, and rejects invalid input", async () => {
    const { slug } = await createDocument({ db, actor: SYSTEM_ACTOR, workspaceId: await testWorkspaceId(db), input: { title: "Gone", format: "plain", authorName: "Ana" } });
    const access = await testAccess(db, slug);
    await expect(getVersion({ db, access, number: 9 })).rejects.toMatchObject({ code: "not_found" });
    await db.document.delete({ where: { slug } });
    // An access to a document deleted since finds nothing.
    await expect(getDocument({ db, access })).rejects.toMatchObject({ code: "not_found" });
    await expect(getVersion({ db, access, number: 1 })).rejects.toMatchObject({ code: "not_found" });
    await expect(
      createVersion({ db, access, actor: SYSTEM_ACTOR, input: { content: "x", message: "", baseVersion: 1 }, authorName: "Ana" }),
    ).rejects.toMatchObject({ code: "not_found" });
    expect(() => saveVersionSchema.parse({ content: "x", baseVersion: 0 })).toThrow();
    expect(() => saveVersionSchema.parse({ content: "x".repeat(2 * 1024 * 1024 + 1), baseVersion: 1 })).toThrow(/over 2 MB/);
  });
});
