import fs from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { sharedDir } from "@/scripts/testing/shared-dirs";
import { SYSTEM_ACTOR } from "../access/actor";
import type { Db } from "../db/client";
import { createVersion } from "../documents/create-version";
import { importDocumentFile } from "../documents/import-document-file";
import { moveDocument } from "../documents/move-document";
import { updateDocument } from "../documents/update-document";
import { setLabel } from "../labels/set-label";
import { savePreset } from "../presets/save-preset";
import { createTestDb, createTestMember, testWorkspaceId, testAccess } from "../testing/test-db";
import { exportArchive } from "./export-archive";
import { importArchive } from "./import-archive";

let source: ReturnType<typeof createTestDb>;
let target: ReturnType<typeof createTestDb>;
beforeEach(() => {
  source = createTestDb();
  target = createTestDb();
});
afterEach(async () => {
  await source.cleanup();
  await target.cleanup();
});

/** Builds a history: the file, then 19 edits of it, labels moved along the way. */
async function buildHistory(db: Db, fileName: string, bytes: Uint8Array) {
  const created = await importDocumentFile({ db, workspaceId: await testWorkspaceId(db), fileName, bytes, authorName: "importer" });
  if (created.action !== "created") throw new Error(JSON.stringify(created));
  const base = new TextDecoder().decode(bytes).replace(/^\uFEFF/, "");
  for (let n = 2; n <= 20; n++) {
    const content = `${base}\nEdit ${n}: ${"🚨é\r\n".repeat(n % 3)}`;
    await createVersion({ db, access: await testAccess(db, created.slug), actor: SYSTEM_ACTOR, input: { content, message: `edit ${n}`, baseVersion: n - 1 }, authorName: `author ${n % 4}` });
    if (n % 5 === 0) await setLabel({ db, access: await testAccess(db, created.slug), actor: SYSTEM_ACTOR, input: { name: "production", version: n - 2 }, actorName: "ops" });
  }
  await setLabel({ db, access: await testAccess(db, created.slug), actor: SYSTEM_ACTOR, input: { name: "staging", version: 20 }, actorName: "ops" });
  return created.slug;
}

const withoutExportTime = ({ exportedAt: _, ...rest }: Awaited<ReturnType<typeof exportArchive>>) => rest;

describe("export and import of everything", () => {
  it("reproduces a small library exactly, including renames and archived documents", async () => {
    const slug = await buildHistory(source.db, "helper.md", new TextEncoder().encode("# Helper\r\nBe kind.\r\n"));
    await updateDocument({ db: source.db, access: await testAccess(source.db, slug), actor: SYSTEM_ACTOR, input: { newSlug: "renamed-helper", tags: ["a", "b"] } });
    await moveDocument({ db: source.db, access: await testAccess(source.db, "renamed-helper"), actor: SYSTEM_ACTOR, input: { folder: "agents/helpers" } });
    const { user } = await createTestMember(source.db, { name: "t" });
    await savePreset({ db: source.db, access: await testAccess(source.db, "renamed-helper"), input: { name: "case 1", values: { who: "Ada" } }, owner: user });
    const archive = await exportArchive({ db: source.db, access: "all-workspaces" });
    expect(await importArchive({ db: target.db, workspaceId: await testWorkspaceId(target.db), archive: JSON.parse(JSON.stringify(archive)) })).toEqual([
      { slug: "renamed-helper", action: "imported", versions: 20 },
    ]);
    expect(withoutExportTime(await exportArchive({ db: target.db, access: "all-workspaces" }))).toEqual(withoutExportTime(archive));
    expect(archive.documents[0]!.presets.map((p) => p.name)).toEqual(["case 1"]);
    expect(archive.documents[0]!.folder).toBe("agents/helpers");
  });

  it("never overwrites: importing into a library that has the document reports a conflict", async () => {
    const slug = await buildHistory(source.db, "same.md", new TextEncoder().encode("# Same\n"));
    const archive = await exportArchive({ db: source.db, access: "all-workspaces" });
    await importDocumentFile({ db: target.db, workspaceId: await testWorkspaceId(target.db), fileName: "same.md", bytes: new TextEncoder().encode("# Theirs\n"), authorName: "x" });
    expect(await importArchive({ db: target.db, workspaceId: await testWorkspaceId(target.db), archive })).toEqual([
      { slug, action: "conflict", message: `A document "${slug}" already exists; it was left as it is.` },
    ]);
    expect(await target.db.version.count()).toBe(1);
  });

  it("imports an archive written before people's fields were renamed (updatedBy, createdBy)", async () => {
    const at = "2026-11-20T10:00:00.000Z";
    const written = {
      format: "dramatis-archive",
      version: 1,
      exportedAt: at,
      documents: [
        {
          slug: "older",
          title: "Older",
          description: "",
          tags: [],
          format: "plain",
          dialect: null,
          archivedAt: null,
          createdAt: at,
          updatedAt: at,
          oldSlugs: [],
          versions: [{ number: 1, content: "Hi {{name}}", message: "Created", authorName: "Ann", createdAt: at }],
          labels: [{ name: "production", versionNumber: 1, updatedBy: "Ann", updatedAt: at }],
          presets: [{ name: "case", values: '{"name":"Bo"}', createdBy: "Bo", createdAt: at, updatedAt: at }],
          labelEvents: [{ name: "production", fromNumber: null, toNumber: 1, actorName: "Ann", createdAt: at }],
        },
      ],
    };
    expect(await importArchive({ db: target.db, workspaceId: await testWorkspaceId(target.db), archive: written })).toEqual([
      { slug: "older", action: "imported", versions: 1 },
    ]);
    const [doc] = (await exportArchive({ db: target.db, access: "all-workspaces" })).documents;
    expect(doc!.labels).toEqual([{ name: "production", versionNumber: 1, actorName: "Ann", updatedAt: at }]);
    expect(doc!.presets.map(({ name, ownerName }) => ({ name, ownerName }))).toEqual([{ name: "case", ownerName: "Bo" }]);
  });

  it("rejects something that is not an archive", async () => {
    await expect(importArchive({ db: target.db, workspaceId: await testWorkspaceId(target.db), archive: { format: "other" } })).rejects.toThrow();
    const broken = { format: "dramatis-archive", version: 1, exportedAt: new Date().toISOString(), documents: [{ slug: "x" }] };
    await expect(importArchive({ db: target.db, workspaceId: await testWorkspaceId(target.db), archive: broken })).rejects.toThrow();
    expect(await target.db.document.count()).toBe(0);
  });

  const corpusDir = sharedDir("PERSONA_CORPUS_DIR");
  it.skipIf(!corpusDir)("round-trips the persona corpus with 20 versions each, byte for byte", async () => {
    for (const file of fs.readdirSync(corpusDir ?? "").sort()) {
      await buildHistory(source.db, file, fs.readFileSync(path.join(corpusDir ?? "", file)));
    }
    const archive = await exportArchive({ db: source.db, access: "all-workspaces" });
    expect(archive.documents).toHaveLength(5);
    expect(archive.documents.every((doc) => doc.versions.length === 20)).toBe(true);
    const outcomes = await importArchive({ db: target.db, workspaceId: await testWorkspaceId(target.db), archive: JSON.parse(JSON.stringify(archive)) });
    expect(outcomes.every((outcome) => outcome.action === "imported")).toBe(true);
    expect(withoutExportTime(await exportArchive({ db: target.db, access: "all-workspaces" }))).toEqual(withoutExportTime(archive));
    const sourceRows = await source.db.version.findMany({ orderBy: [{ document: { slug: "asc" } }, { number: "asc" }], select: { content: true } });
    const targetRows = await target.db.version.findMany({ orderBy: [{ document: { slug: "asc" } }, { number: "asc" }], select: { content: true } });
    expect(targetRows.map((r) => Buffer.from(r.content))).toEqual(sourceRows.map((r) => Buffer.from(r.content)));
  }, 60_000);
});
