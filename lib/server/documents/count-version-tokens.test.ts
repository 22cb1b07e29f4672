import fs from "node:fs";
import path from "node:path";
import { countTokens } from "gpt-tokenizer/encoding/o200k_base";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { countText } from "@/lib/core/text/counts";
import { sharedDir } from "@/scripts/testing/shared-dirs";
import { createTestDb, testAccess, testWorkspaceId } from "../testing/test-db";
import { countVersionTokens } from "./count-version-tokens";
import { importDocumentFile } from "./import-document-file";

const corpusDir = sharedDir("PERSONA_CORPUS_DIR");
const CORPUS_FILE = "004_a1f2f44b8ec4059d.txt";

let env: ReturnType<typeof createTestDb>;
beforeEach(() => {
  env = createTestDb();
});
afterEach(() => env.cleanup());

const add = async (fileName: string, text: string) =>
  importDocumentFile({ db: env.db, workspaceId: await testWorkspaceId(env.db), fileName, bytes: new TextEncoder().encode(text), authorName: "t" });

describe("countVersionTokens", () => {
  it.skipIf(!corpusDir)("counts a corpus document's version exactly as the o200k_base tokenizer does", async () => {
    const text = fs.readFileSync(path.join(corpusDir ?? "", CORPUS_FILE), "utf8");
    await add("persona.txt", text);
    const count = await countVersionTokens({ db: env.db, access: await testAccess(env.db, "persona"), number: 1 });
    expect(count).toEqual({ number: 1, characters: countText(text).characters, tokens: countTokens(text) });
  });

  it("counts each version of its own, the same again when asked twice", async () => {
    await add("notes.md", "Hello {{name}}.\n");
    await add("notes.md", "Hello {{name}}, and a much longer second version with more words in it.\n");
    const access = await testAccess(env.db, "notes");
    const first = await countVersionTokens({ db: env.db, access, number: 1 });
    const second = await countVersionTokens({ db: env.db, access, number: 2 });
    expect(first.tokens).toBe(countTokens("Hello {{name}}.\n"));
    expect(second.tokens).toBe(countTokens("Hello {{name}}, and a much longer second version with more words in it.\n"));
    expect(second.tokens).toBeGreaterThan(first.tokens);
    expect(await countVersionTokens({ db: env.db, access, number: 2 })).toEqual(second);
  });

  it("reads a special token's spelling as text, as a model's API does, instead of failing", async () => {
    await add("meta.md", "Stop at <|endoftext|> and nowhere else.\n");
    const count = await countVersionTokens({ db: env.db, access: await testAccess(env.db, "meta"), number: 1 });
    expect(count.tokens).toBe(countTokens("Stop at <|endoftext|> and nowhere else.\n", { disallowedSpecial: new Set() }));
  });

  it("counts a long version exactly, in parts, letting other work run in between", async () => {
    const line = (i: number) => `Line ${i}: the assistant answers in plain words, and cites the file it read.\n`;
    const text = Array.from({ length: 12_000 }, (_, i) => line(i)).join("");
    await add("long.md", text);
    const access = await testAccess(env.db, "long");
    let done = false;
    let turns = 0;
    const spin = () => {
      if (done) return;
      turns++;
      setImmediate(spin);
    };
    setImmediate(spin);
    const [count, again] = await Promise.all([countVersionTokens({ db: env.db, access, number: 1 }), countVersionTokens({ db: env.db, access, number: 1 })]);
    done = true;
    expect(count.tokens).toBe(countTokens(text));
    expect(again).toEqual(count);
    // ~900 KB in 32 KB parts: a turn for other work after each part, beyond the database's own.
    expect(turns).toBeGreaterThanOrEqual(25);
  });

  it("refuses a version the document does not have, and another document's version", async () => {
    await add("one.md", "one\n");
    await add("two.md", "two\n");
    await add("two.md", "two, again\n");
    await expect(countVersionTokens({ db: env.db, access: await testAccess(env.db, "one"), number: 2 })).rejects.toMatchObject({ code: "not_found" });
  });
});
