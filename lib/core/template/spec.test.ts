import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { render } from "./render";

// The official mustache spec, read from outside the project (CI: ../shared/spec/mustache).
const specDir = process.env.MUSTACHE_SPEC_DIR;
if (!specDir) console.warn("Skipping the mustache spec tests: MUSTACHE_SPEC_DIR is not set.");

interface SpecTest {
  name: string;
  data: unknown;
  template: string;
  partials?: Record<string, string>;
  expected: string;
}

const files = specDir ? fs.readdirSync(specDir).filter((file) => file.endsWith(".json") && !file.startsWith("~")) : [];

describe.skipIf(!specDir)("mustache spec", () => {
  it("has the spec files", () => {
    expect(files.sort()).toEqual(["comments.json", "delimiters.json", "interpolation.json", "inverted.json", "partials.json", "sections.json"]);
  });
  for (const file of files) {
    const { tests } = JSON.parse(fs.readFileSync(path.join(specDir ?? "", file), "utf8")) as { tests: SpecTest[] };
    describe(file, () => {
      for (const test of tests) {
        it(test.name, () => {
          const result = render(test.template, test.data as Record<string, unknown>, {
            dialect: "mustache",
            escape: "html",
            missing: "empty",
            resolveInclude: (name) => test.partials?.[name] ?? null,
          });
          expect(result.text).toBe(test.expected);
        });
      }
    });
  }
});
