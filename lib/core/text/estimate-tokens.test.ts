import fs from "node:fs";
import path from "node:path";
import { countTokens } from "gpt-tokenizer/encoding/o200k_base";
import { describe, expect, it } from "vitest";
import { sharedDir } from "@/scripts/testing/shared-dirs";
import { countText } from "./counts";
import { estimateTokens } from "./estimate-tokens";

const corpusDir = sharedDir("PERSONA_CORPUS_DIR");

const basisOf = (text: string) => ({ characters: countText(text).characters, tokens: countTokens(text) });

describe("estimateTokens", () => {
  it("is the counted number for the counted text, and moves with characters added or removed", () => {
    const basis = { characters: 1000, tokens: 250 };
    expect(estimateTokens(1000, basis)).toBe(250);
    expect(estimateTokens(1040, basis)).toBe(260);
    expect(estimateTokens(900, basis)).toBe(225);
    expect(estimateTokens(0, basis)).toBe(0);
  });

  it("falls back to four characters a token when the counted text was empty", () => {
    expect(estimateTokens(400, { characters: 0, tokens: 0 })).toBe(100);
  });

  // The real tokenizer on real documents: an edit's estimate lands near the exact count.
  describe.skipIf(!corpusDir)("on the persona corpus", () => {
    const files = corpusDir ? fs.readdirSync(corpusDir).filter((name) => name.endsWith(".txt")) : [];
    for (const file of files) {
      it(`${file}: a paragraph added or half the text removed stays within 10% of the exact count`, () => {
        const text = fs.readFileSync(path.join(corpusDir ?? "", file), "utf8");
        const basis = basisOf(text);
        const added = text.replace(/\n\n/, "\n\nA paragraph added while typing, of plain English words like the rest of it.\n\n");
        const halved = text.slice(0, Math.floor(text.length / 2));
        for (const edited of [added, halved]) {
          const estimate = estimateTokens(countText(edited).characters, basis);
          const exact = countTokens(edited);
          expect(Math.abs(estimate - exact) / exact).toBeLessThan(0.1);
        }
        expect(estimateTokens(countText(added).characters, basis)).toBeGreaterThan(basis.tokens);
        expect(estimateTokens(countText(halved).characters, basis)).toBeLessThan(basis.tokens);
      });
    }
  });
});
