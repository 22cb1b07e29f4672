import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { sharedDir } from "@/scripts/testing/shared-dirs";
import { toJinja } from "@/scripts/testing/jinja-corpus";
import { detectDialect, parseTemplate, render } from "../index";

const corpusDir = sharedDir("PERSONA_CORPUS_DIR");
const files = corpusDir ? fs.readdirSync(corpusDir).sort() : [];

describe.skipIf(!corpusDir)("Jinja on the persona corpus", () => {
  for (const file of files) {
    const source = fs.readFileSync(path.join(corpusDir ?? "", file), "utf8");

    it(`${file}: not taken for Jinja (detected ${detectDialect(source)})`, () => {
      expect(detectDialect(source)).not.toBe("jinja");
    });

    // Plain `{{ name }}` tags are valid mustache too, so the converted text is parsed as Jinja explicitly.
    it(`${file}: its Jinja version renders the same text`, () => {
      const original = parseTemplate(source);
      const converted = toJinja(source);
      const values = Object.fromEntries(original.variables.filter((v) => v.scope.length === 0).map((v) => [v.name, `«${v.name}»`]));
      const jinjaValues: Record<string, unknown> = {};
      for (const [name, jinjaName] of converted.names) jinjaValues[jinjaName] = values[name];

      const parsed = parseTemplate(converted.source, { dialect: "jinja" });
      expect(parsed.problems).toEqual([]);
      expect(parsed.variables.map((v) => v.name).sort()).toEqual([...converted.names.values()].sort());
      expect(render(parsed, jinjaValues).text).toBe(render(original, values).text);
    });
  }
});
