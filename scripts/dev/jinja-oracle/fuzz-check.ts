import fs from "node:fs";
import { render } from "@/lib/core/template";

/**
 * Renders fuzz.py's cases with the engine in Jinja's own mode and prints each case where the
 * two disagree (a problem that refuses something outside the subset is not a disagreement).
 */
interface FuzzFile {
  data: Record<string, unknown>;
  partials: Record<string, string>;
  cases: { template: string; output?: string; error?: string }[];
}

const file = JSON.parse(fs.readFileSync(process.argv[2] ?? "/tmp/jinja-fuzz.json", "utf8")) as FuzzFile;
const REFUSED = /not supported|not a value|cannot come here|does not see the loop/;
let mismatches = 0;
let refused = 0;
for (const testCase of file.cases) {
  const result = render(testCase.template, file.data, { dialect: "jinja", missing: "empty", resolveInclude: (name) => file.partials[name] ?? null });
  if (result.problems.some((problem) => REFUSED.test(problem.message))) {
    refused++;
    continue;
  }
  const same = testCase.error !== undefined ? !result.ok : result.ok && result.problems.length === 0 && result.text === testCase.output;
  if (same) continue;
  mismatches++;
  console.log(JSON.stringify({ template: testCase.template, jinja: testCase.output ?? testCase.error, engine: result.text, problems: result.problems.map((p) => p.message) }));
}
console.log(`${file.cases.length} cases: ${mismatches} disagree, ${refused} refused as outside the subset`);
