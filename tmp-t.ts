import { parseTemplate, render } from "@/lib/core/template";
const mb = (chunk: string) => JSON.parse(JSON.stringify(chunk.repeat(Math.ceil(1_000_000 / chunk.length)))) as string;
for (const source of [mb("%}"), mb("}}"), mb("#}"), mb("{{"), mb("{%"), mb("{#"), mb("{% endif %}"), mb("{% else %}"), mb("{% raw %}"), mb("{{ '"), mb("{{ (")]) {
  let t = performance.now();
  const p = parseTemplate(source, { dialect: "jinja" });
  const pt = performance.now() - t; t = performance.now();
  render(p, { x: "v" }); const rt = performance.now() - t; t = performance.now();
  render(p, { x: "v" }, {missing: "empty", resolveInclude: (name) => (name.length < 3 ? source : null), maxIncludeExpansions: 50 });
  console.log(JSON.stringify(source.slice(0, 12)), pt.toFixed(1), rt.toFixed(1), (performance.now() - t).toFixed(1), p.problems.length);
}
