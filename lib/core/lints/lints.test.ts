import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { sharedDir } from "@/scripts/testing/shared-dirs";
import { findMojibake, fixMojibake, lintDocument } from "./index";

const messages = (text: string, rule?: string) =>
  lintDocument(text).filter((d) => !rule || d.rule === rule).map((d) => `${d.severity} ${d.range.start.line}: ${d.message}`);

describe("XML-style tags", () => {
  it("accepts balanced, nested and same-line tags, and ignores fenced code", () => {
    expect(messages("<system>\n<rules>a</rules>\n</system>\n```\n<open>\n```\n<br/>", "xml-tags")).toEqual([]);
  });

  it("reports unclosed, unopened and misnested tags at their lines", () => {
    expect(messages("<system>\ntext\n", "xml-tags")).toEqual(["warning 1: `<system>` opened on line 1 is never closed"]);
    expect(messages("text\n</examples>", "xml-tags")).toEqual(["warning 2: `</examples>` on line 2 closes a section that was never opened"]);
    expect(messages("<a>\n<b>\n</a>\n", "xml-tags")).toEqual(["warning 2: `<b>` on line 2 is closed by `</a>` before its own `</b>`"]);
  });
});

describe("frontmatter", () => {
  it("reports YAML that does not parse", () => {
    expect(messages("---\nname: [unclosed\n---\nbody", "frontmatter")[0]).toMatch(/^error 1: The frontmatter is not valid YAML/);
  });

  it("checks agent files: name and description required, tools a list, model known", () => {
    expect(messages("---\nname: a\ndescription: b\ntools: Read, Write\nmodel: sonnet\n---\n", "agent-frontmatter")).toEqual([]);
    expect(messages("---\nname: a\ndescription: b\ntools: [Read, Bash]\n---\n", "agent-frontmatter")).toEqual([]);
    expect(messages("---\nname: helper\ntools: 42\nmodel: gpt-9\n---\n", "agent-frontmatter")).toEqual([
      "error 1: A Claude Code agent needs a `description`.",
      "error 3: `tools` must be a comma-separated list (`Read, Grep`) or a YAML list, not 42.",
      expect.stringMatching(/^warning 4: `model` “gpt-9” is neither an alias/),
    ]);
  });
});

describe("mojibake", () => {
  it("finds UTF-8 read as Windows-1252 and restores it, leaving real accents alone", () => {
    const garbled = "Stop ðŸš¨ now â€” cafÃ© â†’ next. Real café, naïve, 5 €.";
    expect(findMojibake(garbled).map((f) => [f.garbled, f.intended])).toEqual([
      ["ðŸš¨", "🚨"],
      ["â€”", "—"],
      ["Ã©", "é"],
      ["â†’", "→"],
    ]);
    expect(fixMojibake(garbled)).toBe("Stop 🚨 now — café → next. Real café, naïve, 5 €.");
    const [first] = lintDocument(garbled).filter((d) => d.rule === "mojibake");
    expect(first?.fix?.edits).toHaveLength(4);
  });

  const corpusDir = sharedDir("PERSONA_CORPUS_DIR");
  it.skipIf(!corpusDir)("fixes the 105 KB corpus document: 🚨 comes back and nothing else changes", () => {
    const file = path.join(corpusDir ?? "", "004_a1f2f44b8ec4059d.txt");
    const original = fs.readFileSync(file, "utf8");
    const findings = findMojibake(original);
    expect(findings.length).toBeGreaterThan(0);
    const fixed = fixMojibake(original);
    expect(fixed).toContain("🚨");
    expect(fixed).not.toMatch(/ðŸ|â€|â†/);
    // Putting each garbled sequence back where it was gives the original, byte for byte.
    let rebuilt = fixed;
    for (const f of [...findings].reverse()) {
      const at = f.start - findings.filter((g) => g.start < f.start).reduce((shift, g) => shift + g.garbled.length - g.intended.length, 0);
      expect(rebuilt.slice(at, at + f.intended.length)).toBe(f.intended);
      rebuilt = rebuilt.slice(0, at) + f.garbled + rebuilt.slice(at + f.intended.length);
    }
    expect(rebuilt).toBe(original);
    for (const other of ["000_452275312cfae2c8.txt", "001_ee469c235f713738.txt", "002_707085f1fe95835f.txt", "003_2363fc84ac40368b.txt"]) {
      expect(findMojibake(fs.readFileSync(path.join(corpusDir ?? "", other), "utf8")), other).toEqual([]);
    }
  });
});

describe("lintDocument", () => {
  it("includes template problems and variables the schema lists but the text dropped", () => {
    const diagnostics = lintDocument("Hi {{#rules}}", { schemaVariables: ["rules", "team"] });
    expect(diagnostics.map((d) => [d.rule, d.message])).toEqual([
      ["unused-variable", "The variable “team” is in the form but no longer in the text"],
      ["template", "`{{#rules}}` opened on line 1 is never closed"],
    ]);
  });
});
