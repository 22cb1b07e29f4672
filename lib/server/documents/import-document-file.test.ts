import fs from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { sharedDir } from "@/scripts/testing/shared-dirs";
import type { Db } from "../db/client";
import { createTestDb, testWorkspaceId, testAccess } from "../testing/test-db";
import { getDocument } from "./get-document";
import { importDocumentFile } from "./import-document-file";

let db: Db;
let cleanup: () => Promise<void>;
beforeEach(() => ({ db, cleanup } = createTestDb()));
afterEach(() => cleanup());

const bytes = (text: string) => new TextEncoder().encode(text);
const run = async (fileName: string, data: Uint8Array) => importDocumentFile({ db, workspaceId: await testWorkspaceId(db), fileName, bytes: data, authorName: "t" });

describe("importDocumentFile", () => {
  it("creates, then does nothing for the same file, then adds a version when it changed", async () => {
    expect(await run("guide.md", bytes("# Guide\nv1\n"))).toMatchObject({ action: "created", slug: "guide" });
    expect(await run("guide.md", bytes("# Guide\nv1\n"))).toMatchObject({ action: "unchanged", slug: "guide" });
    expect(await run("guide.md", bytes("# Guide\nv2\n"))).toMatchObject({ action: "new-version", version: 2 });

    const doc = await getDocument({ db, access: await testAccess(db, "guide") });
    expect(doc.versions.map((v) => v.number)).toEqual([2, 1]);
    expect(doc.head.content).toBe("# Guide\nv2\n");
    expect(doc.title).toBe("Guide");
  });

  it("rejects a bad file and leaves every other document untouched", async () => {
    await run("keep.md", bytes("# Keep\n"));
    const outcome = await run("keep.md", new Uint8Array([0x23, 0x20, 0xff, 0xfe]));
    expect(outcome).toMatchObject({ action: "rejected", code: "invalid-utf8" });
    expect((await getDocument({ db, access: await testAccess(db, "keep") })).versions).toHaveLength(1);
    expect(await db.document.count()).toBe(1);
  });

  it("refuses to rewrite history: versions cannot be updated", async () => {
    await run("frozen.md", bytes("# Frozen\n"));
    await expect(db.version.updateMany({ data: { content: "rewritten" } })).rejects.toThrow();
    expect((await getDocument({ db, access: await testAccess(db, "frozen") })).head.content).toBe("# Frozen\n");
  });
});

const corpusDir = sharedDir("PERSONA_CORPUS_DIR");

describe.skipIf(!corpusDir)("importing the persona corpus", () => {
  it("stores all five documents byte for byte with sensible titles and formats", async () => {
    const files = fs.readdirSync(corpusDir ?? "").sort();
    expect(files).toHaveLength(5);
    for (const file of files) {
      const raw = fs.readFileSync(path.join(corpusDir ?? "", file));
      const outcome = await run(file, raw);
      expect(outcome.action, `${file}: ${JSON.stringify(outcome)}`).toBe("created");
      if (outcome.action !== "created") continue;
      const doc = await getDocument({ db, access: await testAccess(db, outcome.slug) });
      const withoutBom = raw[0] === 0xef && raw[1] === 0xbb && raw[2] === 0xbf ? raw.subarray(3) : raw;
      expect(Buffer.from(doc.head.content, "utf8").equals(withoutBom), `${file} stored byte for byte`).toBe(true);
    }
    const docs = await db.document.findMany({ orderBy: { slug: "asc" }, select: { title: true, format: true } });
    expect(docs).toEqual([
      { title: "Alex Rivera", format: "xml" },
      { title: "Staff-level software engineer", format: "markdown" },
      { title: "002_707085f1fe95835f", format: "markdown" },
      { title: "Marcus Chen", format: "xml" },
      { title: "backend.python", format: "agent" },
    ]);
    // Importing the same folder again creates nothing.
    for (const file of files) {
      expect((await run(file, fs.readFileSync(path.join(corpusDir ?? "", file)))).action).toBe("unchanged");
    }
  });
});
