import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { sharedDir } from "@/scripts/testing/shared-dirs";
import { countTextTokens } from "./count-tokens";
import { tokenChunks } from "./token-chunks";

const corpusDir = sharedDir("PERSONA_CORPUS_DIR");
const sum = (chunks: string[]) => chunks.reduce((total, chunk) => total + countTextTokens(chunk), 0);

describe("tokenChunks", () => {
  it("cuts only after a line break that a letter follows, and the parts join back to the text", () => {
    const text = "first line.\n\n/path stays\n  indented\nWord here\n42 apples\nÉté\n";
    const chunks = tokenChunks(text, 5);
    expect(chunks.join("")).toBe(text);
    expect(chunks).toEqual(["first line.\n\n/path stays\n  indented\n", "Word here\n42 apples\n", "Été\n"]);
  });

  it("keeps a text without such a place whole, and a short text in one part", () => {
    expect(tokenChunks("x".repeat(100), 10)).toEqual(["x".repeat(100)]);
    expect(tokenChunks("short\ntext", 100)).toEqual(["short\ntext"]);
  });

  it("gives parts whose counts add up to the whole's on text built to straddle the tokenizer's pieces", () => {
    const pieces = ["it's\n", "Don't\n", "a.\n\nB", "c;\r\nD", "  \n\ne", "x\n/y\nz", "1234\n5\n", "<|endoftext|>\nq", "\u00a0\nÅ", "é\u0301\nb", "?!\n\n\nk"];
    let text = "";
    for (let i = 0; i < 400; i++) text += pieces[i % pieces.length]! + pieces[(i * 7) % pieces.length]!;
    for (const size of [1, 3, 17, 250]) expect(sum(tokenChunks(text, size))).toBe(countTextTokens(text));
  });

  describe.skipIf(!corpusDir)("on the persona corpus", () => {
    const files = corpusDir ? fs.readdirSync(corpusDir).filter((name) => name.endsWith(".txt")) : [];
    it("counts every document exactly in parts of 2,000 characters", () => {
      expect(files.length).toBeGreaterThan(0);
      for (const file of files) {
        const text = fs.readFileSync(path.join(corpusDir!, file), "utf8");
        const chunks = tokenChunks(text, 2000);
        expect(chunks.join(""), file).toBe(text);
        expect(sum(chunks), file).toBe(countTextTokens(text));
      }
    });
  });
});

describe("countTextTokens", () => {
  it("counts a special token's spelling as text instead of refusing it", () => {
    expect(countTextTokens("end <|endoftext|> here")).toBeGreaterThan(3);
  });
});
