import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SYSTEM_ACTOR } from "../access/actor";
import type { Db } from "../db/client";
import { createTestDb, testWorkspaceId } from "../testing/test-db";
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
    const first = await getDocument({ db, slug });
    expect(first.head.content).toContain("<system>");

    const save = async (content: string) => {
      const baseVersion = (await getDocument({ db, slug })).head.number;
      return createVersion({ db, actor: SYSTEM_ACTOR, input: { slug, content, message: "m", authorName: "Ana", baseVersion } });
    };
    expect(await save("second")).toEqual({ created: true, number: 2 });
    expect(await save("second")).toEqual({ created: false, number: 2 });
    expect(await save("third")).toEqual({ created: true, number: 3 });

    expect((await getVersion({ db, slug, number: 2 })).content).toBe("second");
    expect((await getVersion({ db, slug, number: 1 })).content).toBe(first.head.content);
    expect((await getDocument({ db, slug })).versions.map((v) => v.number)).toEqual([3, 2, 1]);
  });

  it("gives a second document with the same title its own slug", async () => {
    const input = { title: "Twin", format: "plain" as const, authorName: "Ana" };
    expect((await createDocument({ db, actor: SYSTEM_ACTOR, workspaceId: await testWorkspaceId(db), input })).slug).toBe("twin");
    expect((await createDocument({ db, actor: SYSTEM_ACTOR, workspaceId: await testWorkspaceId(db), input })).slug).toBe("twin-2");
  });

  it("reports unknown documents and versions as not_found, and rejects invalid input", async () => {
    await expect(getDocument({ db, slug: "nope" })).rejects.toMatchObject({ code: "not_found" });
    await expect(getVersion({ db, slug: "nope", number: 1 })).rejects.toMatchObject({ code: "not_found" });
    await expect(
      createVersion({ db, actor: SYSTEM_ACTOR, input: { slug: "nope", content: "x", message: "", authorName: "Ana", baseVersion: 1 } }),
    ).rejects.toMatchObject({ code: "not_found" });
    await expect(
      createVersion({ db, actor: SYSTEM_ACTOR, input: { slug: "Bad Slug", content: "x", message: "", authorName: "", baseVersion: 1 } }),
    ).rejects.toThrow(/slug|Say who you are/i);
  });
});
