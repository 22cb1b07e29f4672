import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { sharedDir } from "@/scripts/testing/shared-dirs";
import { parseTemplate } from "../parse";
import { render } from "../render";

/**
 * Go's own text/template test tables (../shared/spec/go-text-template), each run with real Go
 * 1.19 on the same JSON data by scripts/dev/go-oracle (`-spec`) into spec.golden.json. A case our
 * subset accepts (no parse problem) must render what Go rendered, fail where Go failed, or be
 * listed with its reason in spec-differences.json; one outside the subset must be reported.
 */
interface ExecCase {
  suite: string;
  name: string;
  input: string;
  data?: unknown;
  dataRef?: string;
}
interface ParseCase {
  table: string;
  name: string;
  input: string;
}
interface Golden {
  key: string;
  output: string;
  parseError?: string;
  execError?: string;
}

const dir = path.dirname(new URL(import.meta.url).pathname);
const golden = JSON.parse(fs.readFileSync(path.join(dir, "spec.golden.json"), "utf8")) as Golden[];
const documented = JSON.parse(fs.readFileSync(path.join(dir, "spec-differences.json"), "utf8")) as Record<string, string>;

/**
 * How our engine's answer differs from Go's, or null when it agrees. Two differences are
 * deliberate and checked by rule (README, "Deliberate differences"): a lenient render keeps a
 * missing key's tag where Go prints `<no value>`, and keeps an unresolved `{{template}}` as a
 * warning where Go fails (a strict render fails, as Go does).
 */
function difference(input: string, data: unknown, expected: Golden): string | null {
  const parsed = parseTemplate(input, { dialect: "go" });
  if (parsed.problems.length > 0) return null; // outside the subset, and reported as such
  if (expected.parseError) return `Go refuses to parse it: ${expected.parseError}`;
  const values = data as Record<string, unknown>;
  const result = render(parsed, values, { dialect: "go", trackSegments: true });
  const strict = render(parsed, values, { dialect: "go", strict: true });
  if (expected.execError) {
    if (!result.ok) return null;
    const unresolved = result.problems.some((p) => p.code === "include-not-found");
    return unresolved && !strict.ok ? null : `Go fails (${expected.execError}); we render ${JSON.stringify(result.text)}`;
  }
  if (!result.ok) return `Go renders ${JSON.stringify(expected.output)}; we fail: ${result.problems.map((p) => p.message).join("; ")}`;
  return asGoPrintsMissing(result.text, result.segments) === expected.output ? null : `Go renders ${JSON.stringify(expected.output)}; we render ${JSON.stringify(result.text)}`;
}

/** Our lenient output with every kept missing tag replaced by what Go prints for it. */
function asGoPrintsMissing(text: string, segments: { start: number; end: number; missing: boolean }[]): string {
  let out = "";
  let at = 0;
  for (const segment of segments) {
    if (!segment.missing) continue;
    out += text.slice(at, segment.start) + "<no value>";
    at = segment.end;
  }
  return out + text.slice(at);
}

describe("Go's own text/template tests, against real Go", () => {
  const dir = sharedDir("GO_TEMPLATE_SPEC_DIR");
  if (!dir) return;
  const read = (file: string) => JSON.parse(fs.readFileSync(path.join(dir, file), "utf8")) as unknown;
  const { execCases, parseInputs } = read("cases.json") as { execCases: ExecCase[]; parseInputs: ParseCase[] };
  const extra = read("extra-cases.json") as ExecCase[];
  const named = read("named-values.json") as Record<string, unknown>;
  const cases = new Map<string, { input: string; data: unknown }>();
  for (const c of [...execCases, ...extra]) cases.set(`exec/${c.suite}/${c.name}/${c.input}`, { input: c.input, data: c.dataRef ? named[c.dataRef] : c.data });
  for (const c of parseInputs) if (!cases.has(`parse/${c.table}/${c.name}/${c.input}`)) cases.set(`parse/${c.table}/${c.name}/${c.input}`, { input: c.input, data: null });

  it("has Go's answer for every case", () => {
    expect([...cases.keys()].filter((key) => !golden.some((g) => g.key === key))).toEqual([]);
    expect(cases.size).toBeGreaterThan(700);
  });

  it("agrees with Go on every case in the subset, but for the documented differences", () => {
    const found: Record<string, string> = {};
    for (const expected of golden) {
      const testCase = cases.get(expected.key);
      if (!testCase) continue;
      const diff = difference(testCase.input, testCase.data, expected);
      if (diff) found[expected.key] = diff;
    }
    const undocumented = Object.keys(found).filter((key) => !(key in documented));
    expect(undocumented.map((key) => `${key}: ${found[key]}`)).toEqual([]);
    // A difference that went away must leave the list too, so the list stays true.
    expect(Object.keys(documented).filter((key) => !(key in found))).toEqual([]);
  });

  it("accepts a good share of Go's cases (the subset is not empty talk)", () => {
    const inSubset = golden.filter((g) => cases.has(g.key) && parseTemplate(cases.get(g.key)!.input, { dialect: "go" }).problems.length === 0);
    expect(inSubset.length).toBeGreaterThan(150);
  });
});
