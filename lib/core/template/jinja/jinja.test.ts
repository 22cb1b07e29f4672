import { describe, expect, it } from "vitest";
import { detectDialect, parseTemplate, render } from "../index";

const jinja = { dialect: "jinja" } as const;

describe("Jinja detection", () => {
  it("recognises statements, comments and filters", () => {
    expect(detectDialect("{% if vip %}Welcome back{% endif %}")).toBe("jinja");
    expect(detectDialect("Notes {# for the reviewer #} here")).toBe("jinja");
    expect(detectDialect("Hello {{ name | title }}")).toBe("jinja");
    expect(detectDialect("Hello {{- name|default('you') }}")).toBe("jinja");
    expect(detectDialect("{% for x in xs %}{{ x }}{% endfor %} and {{ y }}")).toBe("jinja");
  });

  it("leaves mustache and Go documents alone", () => {
    expect(detectDialect("{{#rules}}- {{.}}\n{{/rules}}")).toBe("mustache");
    expect(detectDialect("Hi {{agent-name}}, {{ user.name }}")).toBe("mustache");
    expect(detectDialect("{{- .Name | printf \"%q\" }} {{if .A}}{{end}}")).toBe("go");
    expect(detectDialect("Progress: 100%} done {{name}}")).toBe("mustache");
  });

  it("does not count Jinja quoted in fenced code", () => {
    expect(detectDialect("Use {{name}}.\n```jinja\n{% for x in xs %}{{ x | upper }}{% endfor %}\n```\n")).toBe("mustache");
  });
});

describe("Jinja parsing", () => {
  it("gives every tag a range and every problem a position", () => {
    const parsed = parseTemplate("Hi\n  {{ user.name }} {% frobnicate %}\n{% if x %}", jinja);
    expect(parsed.variables.find((v) => v.name === "user.name")!.occurrences[0]).toEqual({
      start: { offset: 5, line: 2, column: 3 },
      end: { offset: 20, line: 2, column: 18 },
    });
    expect(parsed.problems).toMatchObject([
      { code: "jinja-syntax", message: "`{% frobnicate %}` on line 2: unknown tag `frobnicate`", range: { start: { line: 2, column: 19 } } },
      { code: "unclosed-block", message: "`{% if %}` opened on line 3 is never closed with `{% endif %}`", range: { start: { line: 3, column: 1 } } },
    ]);
  });

  it("explains what is outside the subset and keeps it as written", () => {
    const source = "A {{ a + b }} B {% macro m() %}x{% endmacro %} C {{ x | map('upper') }}";
    const parsed = parseTemplate(source, jinja);
    expect(parsed.problems.map((p) => p.message)).toEqual([
      "`{{ a + b }}` on line 1: the `+` operator is not supported",
      "`{% macro m() %}` on line 1: `{% macro %}` is not supported",
      "`{% endmacro %}` on line 1: `{% endmacro %}` is not supported",
      "`{{ x | map('upper') }}` on line 1: the filter `map` is not supported",
    ]);
    expect(render(parsed, { a: 1, b: 2, x: [] }).text).toBe("A {{ a + b }} B {% macro m() %}x{% endmacro %} C {{ x | map('upper') }}");
  });

  it("refuses nesting deeper than 1,000 levels at the tag that exceeds it", () => {
    const depth = 1500;
    const source = "{% if a %}".repeat(depth) + "x" + "{% endif %}".repeat(depth);
    const parsed = parseTemplate(source, jinja);
    expect(parsed.problems).toMatchObject([{ code: "nesting-limit", range: { start: { offset: 1000 * "{% if a %}".length } } }]);
    expect(render(parsed, { a: true }).ok).toBe(false);
  });
});

describe("Jinja inheritance points", () => {
  it("lists blocks with where they close, and the parent a child extends", () => {
    const base = parseTemplate("# Persona\n{% block tone %}\nBe brief.\n{% block inner scoped %}x{% endblock inner %}\n{% endblock %}\n{% block open %}", { dialect: "jinja" });
    expect(base.blocks.map((b) => [b.kind, b.name, b.range.start.line, b.range.start.column, b.end?.line ?? null, b.end?.column ?? null])).toEqual([
      ["block", "tone", 2, 1, 5, 15],
      ["block", "inner", 4, 1, 4, 46],
      ["block", "open", 6, 1, null, null],
    ]);
    const child = parseTemplate('{% extends "base" %}\n{% block tone %}Warm.{% endblock %}', { dialect: "jinja" });
    expect(child.blocks.map((b) => [b.kind, b.name, b.range.start.line, b.end?.line ?? null])).toEqual([
      ["parent", "base", 1, null],
      ["block", "tone", 2, 2],
    ]);
  });
});

describe("Jinja variables", () => {
  it("infers kinds, scopes loop items under their list, and skips what the template sets", () => {
    const source = [
      "{{ name | upper }} {{ user.email }}",
      "{% if vip and not banned %}VIP{% endif %}",
      "{% for item in items %}{{ item.title }} {{ loop.index }} {{ item }}{% endfor %}",
      "{{ tags | join(', ') }} {% if 'x' in roles %}x{% endif %} {% if age > 18 %}{% endif %}",
      "{% set greeting = 'hi' %}{{ greeting }} {{ rows[0] }}",
      "{% include 'footer' %}{% extends 'base' %}",
    ].join("\n");
    const parsed = parseTemplate(source, jinja);
    const kinds = Object.fromEntries(parsed.variables.map((v) => [`${v.scope.join("/")}:${v.name}`, v.kind]));
    expect(kinds).toEqual({
      ":name": "text",
      ":user.email": "text",
      ":vip": "condition",
      ":banned": "condition",
      ":items": "list",
      "items:title": "text",
      ":tags": "list",
      ":roles": "list",
      ":age": "text",
      ":rows": "list",
    });
    expect(parsed.includes.map((i) => i.name)).toEqual(["footer", "base"]);
  });
});

describe("Jinja rendering modes", () => {
  it("keeps a missing text variable visible in a lenient render, and lists it", () => {
    const result = render("Hello {{ name }}, {{ user.name | upper }}!{{ x | default('') }}", { user: {} }, jinja);
    expect(result.text).toBe("Hello {{ name }}, {{ user.name | upper }}!");
    expect(result.missing.map((m) => m.name)).toEqual(["name", "user.name"]);
    expect(result.ok).toBe(true);
  });

  it("prints nothing for it with missing: 'empty', as Jinja's Undefined does", () => {
    const result = render("Hello {{ name }}!", {}, { ...jinja, missing: "empty" });
    expect(result.text).toBe("Hello !");
    expect(result.missing.map((m) => m.name)).toEqual(["name"]);
  });

  it("refuses a strict render with a missing variable, an error or a missing include", () => {
    expect(render("Hi {{ name }}", {}, { ...jinja, strict: true })).toMatchObject({ ok: false, text: "" });
    expect(render("Hi {{ name }}", { name: "Ada" }, { ...jinja, strict: true })).toMatchObject({ ok: true, text: "Hi Ada" });
    expect(render("{{ n | length }}", { n: 1 }, { ...jinja, strict: true })).toMatchObject({ ok: false, text: "" });
    expect(render("{% include 'x' %}", {}, { ...jinja, strict: true })).toMatchObject({ ok: false, text: "" });
  });

  it("keeps an unresolved include as written in a lenient render, with a warning", () => {
    const result = render("a {% include 'gone' %} b", {}, jinja);
    expect(result.text).toBe("a {% include 'gone' %} b");
    expect(result.problems).toMatchObject([{ code: "include-not-found", severity: "warning" }]);
  });

  it("shows a child's blocks in place when its parent is not found, in a lenient render", () => {
    const result = render("{% extends 'gone' %}\n{% block a %}A {{ x }}{% endblock %}", { x: 1 }, jinja);
    expect(result.text).toBe("{% extends 'gone' %}\nA 1");
    expect(result.problems).toMatchObject([{ code: "include-not-found", severity: "warning" }]);
  });

  it("reports runtime errors at the tag and carries on", () => {
    const result = render("a {{ 1 < 'x' }} b {{ n }}", { n: 2 }, jinja);
    expect(result.text).toBe("a  b 2");
    expect(result.problems).toMatchObject([
      { code: "jinja-eval", message: "`{{ 1 < 'x' }}` on line 1: '<' not supported between instances of 'int' and 'str'", range: { start: { column: 3 } } },
    ]);
  });

  it("escapes HTML only when asked and tracks where values land", () => {
    const result = render("<p>{{ a }}</p>{% block b %}{{ super is none }}{% endblock %}", { a: "<b>" }, { ...jinja, escape: "html", trackSegments: true });
    expect(result.text.startsWith("<p>&lt;b&gt;</p>")).toBe(true);
    expect(result.segments[0]).toEqual({ start: 3, end: 12, variable: "a", missing: false });
  });

  it("leaves tags in fenced code alone when asked", () => {
    const source = "{{ a }}\n```\n{% if %}{{ b }}\n```\n";
    expect(render(source, { a: 1 }, { ...jinja, ignoreFencedCode: true })).toMatchObject({ ok: true, text: "1\n```\n{% if %}{{ b }}\n```\n" });
  });

  it("resolves includes and extends through the same callback", () => {
    const sources: Record<string, string> = { base: "[{% block body %}base{% endblock %}]", footer: "-- {{ sign }}" };
    const asked: string[] = [];
    const result = render("{% extends 'base' %}{% block body %}{{ super() }}+child {% include 'footer' %}{% endblock %}", { sign: "A" }, {
      ...jinja,
      resolveInclude: (name) => (asked.push(name), sources[name] ?? null),
    });
    expect(result.text).toBe("[base+child -- A]");
    expect(asked).toEqual(["base", "footer"]);
  });
});

describe("Jinja render limits", () => {
  it("stops at the output cap", () => {
    const result = render("{% for x in xs %}{{ x }}{% endfor %}", { xs: Array.from({ length: 1000 }, () => "0123456789") }, { ...jinja, maxOutputChars: 500 });
    expect(result.ok).toBe(false);
    expect(result.limit?.kind).toBe("output");
    expect(result.problems.at(-1)?.code).toBe("limit.output");
    expect(result.text.length).toBeLessThanOrEqual(500);
  });

  it("bounds include fan-out and depth, naming the chain", () => {
    const fanOut = render("{% for x in xs %}{% include 'p' %}{% endfor %}", { xs: Array.from({ length: 50 }) }, { ...jinja, resolveInclude: () => "p", maxIncludeExpansions: 10 });
    expect(fanOut.limit?.kind).toBe("includes");
    expect(fanOut.problems.at(-1)?.code).toBe("limit.includes");
    const cycle = render("{% include 'a' %}", {}, { ...jinja, resolveInclude: (n) => (n === "a" ? "{% include 'b' %}" : "{% include 'a' %}") });
    expect(cycle.limit).toEqual({ kind: "depth", message: "Include cycle: a → b → a" });
  });

  it("stops when the time budget runs out", () => {
    let clock = 0;
    const result = render("{% for x in xs %}{{ x }}{% endfor %}", { xs: Array.from({ length: 10_000 }, (_, i) => i) }, { ...jinja, budgetMs: 100, now: () => (clock += 10) });
    expect(result.limit?.kind).toBe("time");
    expect(result.problems.at(-1)).toMatchObject({ code: "limit.time", severity: "error" });
  });
});

describe("Jinja values too large to build", () => {
  it("stops with the output limit instead of throwing", () => {
    const items = Array.from({ length: 100_000 }, () => "x");
    const separator = "-".repeat(10_000);
    const result = render("{{ xs | join(sep) }}", { xs: items, sep: separator }, jinja);
    expect(result.ok).toBe(false);
    expect(result.limit?.kind).toBe("output");
  });

  it("stops before printing a list longer than any output could hold", () => {
    const result = render("{{ xs }}", { xs: Array.from({ length: 500_000 }, () => "abcdefghij".repeat(5)) }, jinja);
    expect(result.limit?.kind).toBe("output");
    expect(result.text).toBe("");
  });

  it("refuses absurd widths and characters as problems", () => {
    expect(render("{{ s | indent(100000000) }}", { s: "a\nb" }, jinja).problems[0]?.code).toBe("jinja-eval");
    expect(render("{{ d | tojson(100000000) }}", { d: [1] }, jinja).problems[0]?.code).toBe("jinja-eval");
    expect(parseTemplate("{{ '\\U00110000' }}", jinja).problems[0]?.code).toBe("jinja-syntax");
  });
});
