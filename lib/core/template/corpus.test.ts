import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { sharedDir } from "@/scripts/testing/shared-dirs";
import { parseTemplate, render } from "./index";

const corpusDir = sharedDir("PERSONA_CORPUS_DIR");

// What each real document uses, by file name; the test reads the documents themselves.
const EXPECTED: Record<string, { dialect: string; variables: string[] }> = {
  "000_452275312cfae2c8.txt": { dialect: "go", variables: ["Request"] },
  "001_ee469c235f713738.txt": { dialect: "none", variables: [] },
  "002_707085f1fe95835f.txt": { dialect: "none", variables: [] },
  "003_2363fc84ac40368b.txt": { dialect: "go", variables: ["Input"] },
  "004_a1f2f44b8ec4059d.txt": { dialect: "mustache", variables: ["agent-name", "specific-accomplishment", "specific-requirement"] },
};

describe.skipIf(!corpusDir)("persona corpus", () => {
  for (const [file, expected] of Object.entries(EXPECTED)) {
    it(`${file}: ${expected.dialect}, variables ${expected.variables.join(", ") || "none"}`, () => {
      const source = fs.readFileSync(path.join(corpusDir ?? "", file), "utf8");
      const parsed = parseTemplate(source);
      expect(parsed.dialect).toBe(expected.dialect);
      expect(parsed.problems).toEqual([]);
      expect(parsed.variables.map((v) => v.name)).toEqual(expected.variables);
      expect(render(parsed, {}).text).toBe(source);

      const values = Object.fromEntries(expected.variables.map((name) => [name, `«${name}»`]));
      const result = render(parsed, values, { strict: true });
      expect(result.ok).toBe(true);
      for (const variable of parsed.variables) {
        expect(result.text.split(`«${variable.name}»`).length - 1).toBe(variable.occurrences.length);
      }
      expect(result.text).not.toMatch(expected.dialect === "go" ? /\{\{\.[A-Z]/ : /\{\{[a-z-]+\}\}/);
    });
  }
});
