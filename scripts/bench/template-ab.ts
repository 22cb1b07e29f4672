import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildSync } from "esbuild";
import { abCases } from "./template-shapes";

/**
 * npx tsx scripts/bench/template-ab.ts [git-ref, default main] — the template engine of the
 * working tree against the one at a git ref: parse+infer and render of every input shape and
 * the 2 MB document, as CPU time (process.cpuUsage: on a shared machine wall-clock figures
 * swing several times over), median of AB_RUNS (40) calls, each engine in its own process,
 * alternating which runs first, AB_REPS (3) times. Both engines run as plain Node bundles.
 */

const ref = process.argv[2] ?? "main";
const reps = Number(process.env.AB_REPS ?? 3);
const root = path.resolve(import.meta.dirname, "../..");
const work = fs.mkdtempSync(path.join(os.tmpdir(), "template-ab-"));

function bundle(name: string, engineRoot: string): string {
  const outfile = path.join(work, `${name}.mjs`);
  buildSync({
    entryPoints: [path.join(root, "scripts/bench/template-ab-runner.ts")],
    bundle: true,
    platform: "node",
    format: "esm",
    outfile,
    alias: { "@": engineRoot },
    logLevel: "error",
  });
  return outfile;
}

execFileSync("sh", ["-c", `git -C "${root}" archive "${ref}" lib/core | tar -x -C "${work}"`]);
const engines = { [ref]: bundle("base", work), "working tree": bundle("work", root) };
const names = Object.keys(engines);
const median = (samples: number[]) => [...samples].sort((a, b) => a - b)[samples.length >> 1]!;

console.log(`Load average ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores; CPU ms per MB, median [per run]`);
console.log(`${"case".padEnd(42)} ${names.map((n) => `parse ${n}`.padEnd(26)).join(" ")} ${names.map((n) => `render ${n}`.padEnd(24)).join(" ")}`);
for (const c of abCases()) {
  const mb = c.build().source.length / (1 << 20);
  const parse: Record<string, number[]> = {};
  const render: Record<string, number[]> = {};
  for (let r = 0; r < reps; r++) {
    for (const name of r % 2 === 0 ? names : [...names].reverse()) {
      const out = execFileSync("node", [engines[name]!], { env: { ...process.env, AB_CASE: c.name } }).toString();
      const result = JSON.parse(out) as { parse: number; render: number };
      (parse[name] ??= []).push(result.parse / mb);
      (render[name] ??= []).push(result.render / mb);
    }
  }
  const cell = (samples: number[], width: number) => `${median(samples).toFixed(1).padStart(6)} [${samples.map((s) => s.toFixed(0)).join(",")}]`.padEnd(width);
  console.log(`${c.name.padEnd(42)} ${names.map((n) => cell(parse[n]!, 26)).join(" ")} ${names.map((n) => cell(render[n]!, 24)).join(" ")}`);
}
fs.rmSync(work, { recursive: true, force: true });
