import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { sharedDir, type SharedDirName } from "@/scripts/testing/shared-dirs";
import { render } from "./render";

// Conformance suites written elsewhere, read from outside the project (../shared/spec):
// the official mustache spec, its optional modules, and mustache.js's own render tests.

interface SpecTest {
  name: string;
  data: unknown;
  template: string;
  partials?: Record<string, string>;
  expected: string;
}

/** Runs `body` when the folder is there; sharedDir fails the run in CI when it is not, and warns elsewhere. */
function withFolder(name: SharedDirName, body: (folder: { dir: string }) => void) {
  const dir = sharedDir(name);
  if (dir) body({ dir });
}

function renderSpec(test: SpecTest) {
  return render(test.template, test.data as Record<string, unknown>, {
    dialect: "mustache",
    escape: "html",
    missing: "empty",
    resolveInclude: (name) => test.partials?.[name] ?? null,
  });
}

function specFile(dir: string, file: string): SpecTest[] {
  return (JSON.parse(fs.readFileSync(path.join(dir, file), "utf8")) as { tests: SpecTest[] }).tests;
}

describe("mustache spec (core)", () => {
  withFolder("MUSTACHE_SPEC_DIR", ({ dir }) => {
    const files = fs.readdirSync(dir).filter((file) => file.endsWith(".json") && !file.startsWith("~"));
    it("has the spec files", () => {
      expect(files.sort()).toEqual(["comments.json", "delimiters.json", "interpolation.json", "inverted.json", "partials.json", "sections.json"]);
    });
    for (const file of files) {
      describe(file, () => {
        for (const test of specFile(dir, file)) it(test.name, () => expect(renderSpec(test).text).toBe(test.expected));
      });
    }
  });
});

describe("mustache spec (optional modules: inheritance, dynamic names)", () => {
  withFolder("MUSTACHE_OPTIONAL_SPEC_DIR", ({ dir }) => {
    // Lambdas need code in the data, which a JSON document cannot carry: out of scope.
    for (const file of ["~inheritance.json", "~dynamic-names.json"]) {
      describe(file, () => {
        for (const test of specFile(dir, file)) it(test.name, () => expect(renderSpec(test).text).toBe(test.expected));
      });
    }
  });
});

interface MustacheJsCase {
  name: string;
  template: string;
  partial: string | null;
  expected: string;
  kind: string;
  view: Record<string, unknown>;
}

/** Cases marked plain data whose expected output depends on what JSON cannot hold. */
const NOT_EXPRESSIBLE_IN_JSON: Record<string, string> = {
  // Chris's view object holds `twitter: undefined`, which stops mustache.js's lookup; JSON drops
  // the key, so the lookup (rightly) finds the outer `twitter`.
  null_lookup_object: "an own property whose value is undefined",
};

describe("mustache.js render cases", () => {
  withFolder("MUSTACHE_JS_SPEC_DIR", ({ dir }) => {
    const { cases } = JSON.parse(fs.readFileSync(path.join(dir, "render-cases.json"), "utf8")) as { cases: MustacheJsCase[] };
    // The others need JavaScript in the view (functions, undefined, NaN, class instances).
    const plain = cases.filter((c) => c.kind === "json" && !(c.name in NOT_EXPRESSIBLE_IN_JSON));
    it("has the plain-data cases", () => expect(plain.length).toBeGreaterThan(40));
    for (const test of plain) {
      it(test.name, () => {
        const result = render(test.template, test.view, {
          dialect: "mustache",
          escape: "html",
          missing: "empty",
          resolveInclude: (name) => (name === "partial" ? test.partial : null),
        });
        expect(result.text).toBe(test.expected);
      });
    }
  });
});
