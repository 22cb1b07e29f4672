import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { render } from "../render";

/**
 * Each case's expected output is what Jinja2 rendered for it (scripts/dev/jinja-oracle/render_cases.py
 * regenerates cases.golden.json from cases.json). `missing: "empty"` is Jinja's own Undefined.
 */
interface Case {
  name: string;
  template: string;
  data: Record<string, unknown>;
  partials?: Record<string, string>;
}
interface Golden {
  name: string;
  output?: string;
  error?: string;
  outside?: string;
}

const dir = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../../../../scripts/dev/jinja-oracle");
const cases = JSON.parse(fs.readFileSync(path.join(dir, "cases.json"), "utf8")) as Case[];
const golden = JSON.parse(fs.readFileSync(path.join(dir, "cases.golden.json"), "utf8")) as { cases: Golden[] };
const expected = new Map(golden.cases.map((g) => [g.name, g]));

function run(testCase: Case) {
  return render(testCase.template, testCase.data, {
    dialect: "jinja",
    missing: "empty",
    resolveInclude: (name) => testCase.partials?.[name] ?? null,
  });
}

describe("Jinja subset renders what Jinja2 renders", () => {
  it("has a Jinja2 result for every case, and at least 150 cases", () => {
    expect(cases.map((c) => c.name).filter((name) => !expected.has(name))).toEqual([]);
    expect(cases.length).toBeGreaterThanOrEqual(150);
  });

  for (const testCase of cases) {
    const want = expected.get(testCase.name)!;
    if (want.outside) {
      it(`${testCase.name} (refused: ${want.outside})`, () => {
        const result = run(testCase);
        expect(result.ok).toBe(false);
        expect(result.problems.filter((p) => p.severity === "error").length).toBeGreaterThan(0);
      });
    } else if (want.error !== undefined) {
      it(`${testCase.name} (Jinja2: ${want.error.slice(0, 60)})`, () => {
        const result = run(testCase);
        expect(result.ok).toBe(false);
        expect(result.problems.filter((p) => p.severity === "error").length).toBeGreaterThan(0);
      });
    } else {
      it(testCase.name, () => {
        const result = run(testCase);
        expect(result.problems).toEqual([]);
        expect(result.text).toBe(want.output);
      });
    }
  }
});
