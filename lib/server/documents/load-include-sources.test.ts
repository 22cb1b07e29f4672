import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDb, testWorkspaceId } from "../testing/test-db";
import { importDocumentFile } from "./import-document-file";
import { loadIncludeSources } from "./load-include-sources";

let env: ReturnType<typeof createTestDb>;
beforeEach(() => {
  env = createTestDb();
});
afterEach(() => env.cleanup());

const add = async (fileName: string, text: string) =>
  importDocumentFile({ db: env.db, workspaceId: await testWorkspaceId(env.db), fileName, bytes: new TextEncoder().encode(text), authorName: "t" });

describe("loadIncludeSources", () => {
  it("follows includes of includes, stops on cycles, and leaves unknown slugs out", async () => {
    await add("footer.md", "-- {{> signature}}");
    await add("signature.md", "Team {{team}} {{> footer}}");
    await add("unrelated.md", "not included");
    const sources = await loadIncludeSources({ db: env.db, workspaceId: await testWorkspaceId(env.db), slugs: ["footer", "missing"] });
    expect(sources).toEqual({ footer: "-- {{> signature}}", signature: "Team {{team}} {{> footer}}" });
  });
});
