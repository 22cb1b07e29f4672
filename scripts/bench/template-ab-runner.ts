// Bundled by template-ab.ts once per engine, with "@/" pointing at the root holding that
// engine's lib/core; runs one case and prints the median CPU milliseconds of parse+infer and
// of render. One process per engine and case, so neither engine's garbage lands in the other's
// figures.
import * as engine from "@/lib/core/template";
import { abCases } from "./template-shapes";

const cpu = () => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};
const median = (samples: number[]) => [...samples].sort((a, b) => a - b)[samples.length >> 1]!;

const found = abCases().find((c) => c.name === process.env.AB_CASE);
if (!found) throw new Error(`No case ${process.env.AB_CASE}`);
const { source, values } = found.build();
const runs = Number(process.env.AB_RUNS ?? 40);
let sink = 0;
const parseMs: number[] = [];
for (let i = 0; i < runs; i++) {
  const start = cpu();
  sink += engine.parseTemplate(source, { dialect: found.dialect }).variables.length;
  parseMs.push(cpu() - start);
}
const parsed = engine.parseTemplate(source, { dialect: found.dialect });
const renderMs: number[] = [];
for (let i = 0; i < runs; i++) {
  const start = cpu();
  sink += engine.render(parsed, values).text.length;
  renderMs.push(cpu() - start);
}
console.log(JSON.stringify({ parse: median(parseMs), render: median(renderMs), sink: sink > 0 }));
