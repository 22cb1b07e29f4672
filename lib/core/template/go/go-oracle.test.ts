import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { render } from "../render";

/**
 * Each case's expected output is what Go 1.19's text/template printed for it
 * (scripts/dev/go-oracle/main.go regenerates cases.golden.json from cases.json).
 */
interface Case {
  name: string;
  template: string;
  data: Record<string, unknown>;
  includes?: Record<string, string>;
}

const dir = path.dirname(new URL(import.meta.url).pathname);
const cases = JSON.parse(fs.readFileSync(path.join(dir, "cases.json"), "utf8")) as Case[];
const golden = new Map(
  (JSON.parse(fs.readFileSync(path.join(dir, "cases.golden.json"), "utf8")) as { name: string; output: string; error?: string }[]).map((r) => [r.name, r]),
);

describe("Go subset renders what Go's text/template renders", () => {
  it("has a Go output for every case", () => {
    expect(cases.map((c) => c.name).filter((name) => !golden.has(name))).toEqual([]);
  });
  for (const testCase of cases) {
    it(testCase.name, () => {
      const expected = golden.get(testCase.name)!;
      expect(expected.error).toBeUndefined();
      const result = render(testCase.template, testCase.data, {
        dialect: "go",
        resolveInclude: (name) => testCase.includes?.[name] ?? null,
      });
      expect(result.problems).toEqual([]);
      expect(result.text).toBe(expected.output);
    });
  }
});
