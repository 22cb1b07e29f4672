import { parseTemplate, render } from "@/lib/core/template";
import { toJinja } from "../testing/jinja-corpus";

interface Helpers {
  /** Median ms per call of `run`, as bench-template.ts measures everything. */
  time: (run: () => unknown, budgetMs?: number) => number;
  /** The floor: copying `text` into a fresh flat string. */
  copyFlat: (text: string) => void;
}

let sink = 0;

/**
 * The "Jinja corpus version" rows of `npm run bench:template`: each document with its simple
 * variable tags rewritten as Jinja (`{{ agent_name }}`), parsed, inferred and rendered as Jinja,
 * in ms and ms per MB beside the flat-copy floor of its output.
 */
export function printJinjaCorpus(documents: [string, string][], { time, copyFlat }: Helpers, corpusCount: number) {
  console.log("\nJinja corpus version (variable tags rewritten as Jinja)");
  console.log("document                    KB   parse ms   parse ms/MB  render ms  render ms/MB  floor ms  render/floor");
  const rows = documents.map(([name, original]) => {
    const { source, names } = toJinja(original);
    const parsed = parseTemplate(source, { dialect: "jinja" });
    const values: Record<string, unknown> = {};
    for (const jinjaName of names.values()) values[jinjaName.split(".")[0]!] = `value of ${jinjaName}`;
    const output = render(parsed, values).text;
    const big = source.length > 1_000_000;
    const mb = source.length / (1024 * 1024);
    const parseMs = time(() => (sink += parseTemplate(source, { dialect: "jinja" }).variables.length), big ? 1500 : 400);
    const renderMs = time(() => (sink += render(parsed, values).text.length), big ? 1500 : 400);
    const floorMs = time(() => copyFlat(output), big ? 1500 : 400);
    return { name, kb: source.length / 1024, mb, parseMs, renderMs, floorMs, problems: parsed.problems.length };
  });
  const f = (n: number) => (n < 0.01 ? n.toFixed(4) : n.toFixed(3)).padStart(9);
  for (const row of rows) {
    console.log(
      `${row.name.padEnd(25)} ${row.kb.toFixed(0).padStart(5)} ${f(row.parseMs)}  ${f(row.parseMs / row.mb)}    ${f(row.renderMs)}  ${f(row.renderMs / row.mb)}  ${f(row.floorMs)}  ${(row.renderMs / row.floorMs).toFixed(2).padStart(10)}x${row.problems ? `  (${row.problems} problems)` : ""}`,
    );
  }
  const check = (label: string, ok: boolean) => console.log(`  ${ok ? "met " : "MISS"}  ${label}`);
  const corpus = rows.slice(0, corpusCount);
  check("Jinja parse+infer at most 20 ms per MB on every document", rows.every((row) => row.parseMs / row.mb <= 20));
  if (corpus.length) check("Jinja render within 2x the flat-copy floor on every corpus document", corpus.every((row) => row.renderMs <= 2 * row.floorMs));
  if (sink === 42) console.log("");
}
