import type { Dialect } from "@/lib/core/template";

/**
 * Input shapes `npm run bench:template` times per MB, beside the flat-copy floor. Each builds
 * about 1 MB. Pathological shapes are here because the engine must stay linear on them; a new
 * dialect adds its own shapes (and its corpus version) to this list.
 */
export interface TemplateShape {
  name: string;
  dialect: Dialect;
  build: () => { source: string; values: Record<string, unknown> };
}

const MB = 1 << 20;
/** `unit` repeated into one line of about 1 MB. */
const line = (unit: string) => unit.repeat(Math.floor(MB / unit.length));
/** `open` … `close` nested as deep as 1 MB allows, with `middle` at the bottom. */
const nested = (open: string, close: string, middle: string) => {
  const depth = Math.floor(MB / (open.length + close.length));
  return open.repeat(depth) + middle + close.repeat(depth);
};

function deepGoData(depth: number): Record<string, unknown> {
  let data: Record<string, unknown> = { B: "bottom" };
  for (let i = 0; i < depth; i++) data = { A: data };
  return data;
}

export const templateShapes: TemplateShape[] = [
  { name: "mustache: nested sections", dialect: "mustache", build: () => ({ source: nested("{{#a}}", "{{/a}}", "{{v}}"), values: { a: [{}], v: "deep" } }) },
  { name: "mustache: nested blocks", dialect: "mustache", build: () => ({ source: nested("{{$b}}", "{{/b}}", "{{v}}"), values: { v: "deep" } }) },
  { name: "mustache: one line of comments", dialect: "mustache", build: () => ({ source: line("{{! note }}"), values: {} }) },
  { name: "mustache: one line of section pairs", dialect: "mustache", build: () => ({ source: line("{{#a}}{{/a}}"), values: { a: true } }) },
  { name: "mustache: one line of delimiter changes", dialect: "mustache", build: () => ({ source: line("{{=<% %>=}}<%={{ }}=%>"), values: {} }) },
  { name: "mustache: one line of variables", dialect: "mustache", build: () => ({ source: line("{{a}} "), values: { a: "x" } }) },
  { name: "go: nested if", dialect: "go", build: () => ({ source: nested("{{if .A}}", "{{end}}", "x"), values: { A: true } }) },
  {
    name: "go: nested with",
    dialect: "go",
    build: () => {
      const source = nested("{{with .A}}", "{{end}}", "{{.B}}");
      return { source, values: deepGoData(Math.floor(MB / 18)) };
    },
  },
  { name: "go: one line of comments", dialect: "go", build: () => ({ source: line("{{/* note */}}"), values: {} }) },
  { name: "go: one line of bad actions", dialect: "go", build: () => ({ source: line("{{a}}"), values: {} }) },
  // Each of these is a problem at every tag: a problem must cost no more than a tag.
  { name: "go: one line of stray ends", dialect: "go", build: () => ({ source: line("{{end}}"), values: {} }) },
  { name: "go: one line of stray elses", dialect: "go", build: () => ({ source: line("{{else}}"), values: {} }) },
  { name: "go: one line of missing templates", dialect: "go", build: () => ({ source: line('{{template "a" .}}'), values: {} }) },
  { name: "go: one line of repeated defines", dialect: "go", build: () => ({ source: line('{{define "a"}}x{{end}}'), values: {} }) },
  { name: "jinja: nested if", dialect: "jinja", build: () => ({ source: nested("{% if a %}", "{% endif %}", "x"), values: { a: true } }) },
  { name: "jinja: nested for", dialect: "jinja", build: () => ({ source: nested("{% for x in xs %}", "{% endfor %}", "{{ x }}"), values: { xs: [1] } }) },
  { name: "jinja: one line of comments", dialect: "jinja", build: () => ({ source: line("{# note #}"), values: {} }) },
  { name: "jinja: one line of variables", dialect: "jinja", build: () => ({ source: line("{{ a }} "), values: { a: "x" } }) },
  { name: "jinja: one line of unknown statements", dialect: "jinja", build: () => ({ source: line("{% nope %}"), values: {} }) },
  // The Jinja corpus version is timed by bench:template itself (every corpus document rewritten).
];

/** The generated 2 MB document of the bench: persona-like text with a few variables. */
export function generated2MB(): string {
  const chunk = "<instructions>\nYou are {{agent-name}}, working for {{team}}. Keep answers short and cite sources.\n</instructions>\n\n## Rules\n\n- Be precise about {{topic}}.\n- Never guess.\n\n";
  return chunk.repeat(Math.ceil((2 * 1024 * 1024) / chunk.length));
}

/** What `scripts/bench/template-ab.ts` compares: every shape and the 2 MB document. */
export function abCases(): TemplateShape[] {
  const values = { "agent-name": "Ada", team: "Docs", topic: "names" };
  return [...templateShapes, { name: "generated 2 MB", dialect: "mustache", build: () => ({ source: generated2MB(), values }) }];
}
