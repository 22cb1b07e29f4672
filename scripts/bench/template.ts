import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Mustache from "mustache";
import { parseTemplate, render, type ParsedTemplate } from "@/lib/core/template";
import { printJinjaCorpus } from "./jinja-template";
import { generated2MB, templateShapes } from "./template-shapes";

/**
 * npm run bench:template — parse+infer and render times for the persona corpus, a generated
 * 2 MB document and one with 1,000 distinct variables, measured in the same run against
 * `mustache.render` (npm mustache, its parse cache warm like ours) and against the floor: a
 * plain copy of the output into a fresh flat string. Then ~1 MB of each input shape in
 * scripts/bench/template-shapes.ts (deep nesting, one-line runs of tags), as ms per MB beside
 * the floor of copying 1 MB.
 */

const corpusDir = process.env.PERSONA_CORPUS_DIR ?? path.resolve("../shared/personas");

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/**
 * Median milliseconds per call of `run`. Calls are timed in batches of at least ~1 ms, so the
 * clock's own cost does not swamp operations that take microseconds.
 */
function time(run: () => unknown, budgetMs = 400): number {
  let batch = 1;
  for (;;) {
    const start = performance.now();
    for (let i = 0; i < batch; i++) run();
    if (performance.now() - start >= 1 || batch >= 1 << 20) break;
    batch *= 2;
  }
  const samples: number[] = [];
  const deadline = performance.now() + budgetMs;
  while (samples.length < 9 || (performance.now() < deadline && samples.length < 500)) {
    const start = performance.now();
    for (let i = 0; i < batch; i++) run();
    samples.push((performance.now() - start) / batch);
  }
  return median(samples);
}

/** Reading a character in the middle flattens a rope, so every output is a real flat string. */
function flat(text: string): number {
  return text.length === 0 ? 0 : text.charCodeAt(text.length >> 1);
}

// Keeps results alive so the optimiser cannot drop the work.
let sink = 0;

/**
 * The floor: copy the output into a new flat string, from its two halves (a join always
 * allocates and copies; reading its last character keeps the optimiser from skipping it).
 */
function copyFlat(text: string): void {
  const half = text.length >> 1;
  const copy = [text.slice(0, half), text.slice(half)].join("");
  sink += copy.charCodeAt(copy.length - 1) || 1;
}

function valuesFor(parsed: ParsedTemplate): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const variable of parsed.variables) {
    if (variable.scope.length > 0) continue;
    values[variable.path[0]!] = variable.kind === "list" ? ["one", "two"] : variable.kind === "condition" ? true : `value of ${variable.name}`;
  }
  return values;
}

function thousandVariables(): string {
  return Array.from({ length: 1000 }, (_, i) => `Field ${i}: {{var-${i}}}\n`).join("");
}

interface Row {
  name: string;
  kb: number;
  dialect: string;
  parseMs: number;
  renderMs: number;
  mustacheMs: number;
  floorMs: number;
}

function measure(name: string, source: string): Row {
  const parsed = parseTemplate(source);
  const values = valuesFor(parsed);
  const output = render(parsed, values).text;
  Mustache.parse(source); // warm mustache's cache, as our parsed template is
  const big = source.length > 1_000_000;
  return {
    name,
    kb: Buffer.byteLength(source) / 1024,
    dialect: parsed.dialect,
    parseMs: time(() => (sink += parseTemplate(source).variables.length), big ? 1500 : 400),
    renderMs: time(() => (sink += flat(render(parsed, values).text)), big ? 1500 : 400),
    mustacheMs: time(() => (sink += flat(Mustache.render(source, values, {}, { escape: (s: string) => s }))), big ? 1500 : 400),
    floorMs: time(() => copyFlat(output), big ? 1500 : 400),
  };
}

interface ShapeRow {
  name: string;
  mb: number;
  parseMs: number;
  renderMs: number;
  floorMs: number;
}

function measureShapes(): ShapeRow[] {
  return templateShapes.map((shape) => {
    const { source, values } = shape.build();
    const parsed = parseTemplate(source, { dialect: shape.dialect });
    const mb = source.length / (1 << 20);
    return {
      name: shape.name,
      mb,
      parseMs: time(() => (sink += parseTemplate(source, { dialect: shape.dialect }).variables.length), 1500),
      renderMs: time(() => (sink += flat(render(parsed, values).text)), 1500),
      floorMs: time(() => copyFlat(source), 400),
    };
  });
}

function main() {
  const documents: [string, string][] = [];
  if (fs.existsSync(corpusDir)) {
    for (const file of fs.readdirSync(corpusDir).sort()) documents.push([file, fs.readFileSync(path.join(corpusDir, file), "utf8")]);
  } else {
    console.warn(`No persona corpus at ${corpusDir} (set PERSONA_CORPUS_DIR); measuring generated documents only.`);
  }
  documents.push(["generated 2 MB", generated2MB()], ["1,000 variables", thousandVariables()]);

  const [load1] = os.loadavg();
  console.log(`Load average ${load1!.toFixed(1)} on ${os.cpus().length} cores (figures are only comparable within one run).\n`);
  const rows = documents.map(([name, source]) => measure(name, source));
  const f = (n: number) => (n < 0.01 ? n.toFixed(4) : n.toFixed(3)).padStart(8);
  console.log("document                    KB  dialect   parse ms  render ms  floor ms  mustache ms  render/floor  mustache/render");
  for (const row of rows) {
    console.log(
      `${row.name.padEnd(25)} ${row.kb.toFixed(0).padStart(5)}  ${row.dialect.padEnd(8)} ${f(row.parseMs)}   ${f(row.renderMs)}  ${f(row.floorMs)}     ${f(row.mustacheMs)}  ${(row.renderMs / row.floorMs).toFixed(2).padStart(10)}x  ${(row.mustacheMs / row.renderMs).toFixed(1).padStart(13)}x`,
    );
  }
  const corpus = rows.slice(0, rows.length - 2);
  const largest = corpus.reduce<Row | null>((best, row) => (!best || row.kb > best.kb ? row : best), null);
  const twoMB = rows[rows.length - 2]!;

  const shapes = measureShapes();
  const perMB = (ms: number, mb: number) => (ms / mb).toFixed(1).padStart(9);
  console.log("\ninput shape (~1 MB)                          parse+infer ms/MB  render ms/MB  floor ms/MB  parse+infer ms per call");
  for (const row of shapes) {
    console.log(`${row.name.padEnd(45)} ${perMB(row.parseMs, row.mb)}        ${perMB(row.renderMs, row.mb)}    ${perMB(row.floorMs, row.mb)}    ${row.parseMs.toFixed(1).padStart(10)}`);
  }

  console.log("\nTargets");
  const check = (label: string, ok: boolean) => console.log(`  ${ok ? "met " : "MISS"}  ${label}`);
  if (corpus.length > 0) {
    check("render within 2x of the floor on every corpus document", corpus.every((r) => r.renderMs <= 2 * r.floorMs));
    check("render at least 3x faster than mustache.render on every corpus document", corpus.every((r) => r.mustacheMs >= 3 * r.renderMs));
    if (largest) check(`parse+infer the ${largest.kb.toFixed(0)} KB corpus document under 2 ms (${largest.parseMs.toFixed(3)} ms)`, largest.parseMs < 2);
  }
  check(`parse+infer the 2 MB document under 20 ms (${twoMB.parseMs.toFixed(2)} ms)`, twoMB.parseMs < 20);
  const worst = shapes.reduce((a, b) => (b.parseMs / b.mb > a.parseMs / a.mb ? b : a));
  check(`parse+infer at most 20 ms per MB for every input shape (worst: ${worst.name}, ${(worst.parseMs / worst.mb).toFixed(1)} ms/MB)`, shapes.every((r) => r.parseMs / r.mb <= 20));
  const slowest = Math.max(...shapes.map((r) => Math.max(r.parseMs, r.renderMs)));
  check(`no ~1 MB input takes over 100 ms to parse or render in one call (slowest ${slowest.toFixed(1)} ms)`, slowest <= 100);
  console.log("(Go-dialect documents are also given to mustache.render, as a speed reference only.)");
  printJinjaCorpus(documents, { time, copyFlat }, corpus.length);
  if (sink === 42) console.log("");
}

main();
