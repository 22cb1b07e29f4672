import { describe, expect, it } from "vitest";
import { parseTemplate, render } from "./index";

// Sizes the old recursive engine threw on (stack overflow) or took seconds over; the time bound
// itself is checked by `npm run bench:template`, these check the answers.
describe("pathological inputs parse and render without throwing", () => {
  it("100,000 nested mustache sections", () => {
    const depth = 100_000;
    const source = "{{#a}}".repeat(depth) + "{{x}}" + "{{/a}}".repeat(depth);
    const parsed = parseTemplate(source);
    expect(parsed.problems).toEqual([]);
    expect(render(parsed, { a: [{}], x: "deep" }).text).toBe("deep");
    expect(render(parsed, { a: true, x: 1 }).text).toBe("1");
  });

  it("100,000 nested Go ifs and 10,000 nested withs and ranges", () => {
    const ifs = "{{if .A}}".repeat(100_000) + "x" + "{{end}}".repeat(100_000);
    expect(render(ifs, { A: true }, { dialect: "go" })).toMatchObject({ ok: true, text: "x" });
    const withs = "{{with .A}}".repeat(10_000) + "{{.B}}" + "{{end}}".repeat(10_000);
    let data: Record<string, unknown> = { B: "bottom" };
    for (let i = 0; i < 10_000; i++) data = { A: data };
    expect(render(withs, data, { dialect: "go" }).text).toBe("bottom");
    const ranges = "{{range .L}}".repeat(20_000) + "." + "{{end}}".repeat(20_000);
    let list: Record<string, unknown> = { L: ["leaf"] };
    for (let i = 1; i < 20_000; i++) list = { L: [list] };
    expect(render(ranges, list, { dialect: "go" })).toMatchObject({ ok: true, text: "." });
  });

  it("one line of 100,000 comments, 100,000 section pairs or 20,000 delimiter changes", () => {
    expect(render("{{! c }}".repeat(100_000) + "end", {}).text).toBe("end");
    expect(render("{{#a}}{{/a}}".repeat(100_000) + "\n", { a: true }).text).toBe("");
    expect(render("{{#a}}{{/a}}".repeat(100_000) + "x\n", { a: true }).text).toBe("x\n");
    expect(render("{{=<% %>=}}<%={{ }}=%>".repeat(10_000) + "{{v}}", { v: "ok" }).text).toBe("ok");
  });

  it("a Go action nested in 300,000 parentheses is a problem, with a short message", () => {
    const source = "{{" + "(".repeat(300_000) + ".A" + ")".repeat(300_000) + "}}";
    const parsed = parseTemplate(source, { dialect: "go" });
    expect(parsed.problems).toHaveLength(1);
    expect(parsed.problems[0]!.message).toContain("parentheses are nested deeper than 100 levels");
    expect(parsed.problems[0]!.message.length).toBeLessThan(300);
  });

  it("50,000 nested variables keep a bounded scope", () => {
    const parsed = parseTemplate("{{#a}}{{v}}".repeat(50_000) + "{{/a}}".repeat(50_000));
    expect(Math.max(...parsed.variables.map((v) => v.scope.length))).toBe(32);
  });
});

describe("bounded rendering", () => {
  const fanOut = (name: string) => `${name}: ${Array.from({ length: 8 }, () => `{{> ${name}}}`).join(" ")}\n`;

  it("stops a self-including document that fans out, without building its output", () => {
    const result = render("{{> doc}}", {}, { resolveInclude: fanOut });
    expect(result).toMatchObject({ ok: false, limit: { kind: "depth", message: "Include cycle: doc → doc" } });
    expect(result.text.length).toBeLessThan(1_000);
  });

  it("stops a fan-out of distinct documents at the include count, naming the chain", () => {
    // 8 + 64 + 512 + 4,096 expansions within the depth limit: the count stops it.
    const resolveInclude = (name: string) => (name.length < 5 ? fanOut(`${name}x`).replace(/^\w+: /, "") : "leaf\n");
    const result = render("{{> d}}", {}, { resolveInclude });
    expect(result).toMatchObject({ ok: false, limit: { kind: "includes" } });
    expect(result.problems.filter((p) => p.code === "limit.includes")).toHaveLength(1);
    expect(result.limit!.message).toMatch(/^More than 1,000 includes in one render, at d → dx → dxx → dxxx → dxxxx$/);
  });

  it("counts includes against maxIncludeExpansions", () => {
    const resolveInclude = () => "x";
    expect(render("{{> a}}{{> a}}{{> a}}", {}, { resolveInclude, maxIncludeExpansions: 3 })).toMatchObject({ ok: true, text: "xxx" });
    const over = render("{{> a}}{{> a}}{{> a}}{{> a}}", {}, { resolveInclude, maxIncludeExpansions: 3 });
    expect(over).toMatchObject({ ok: false, text: "xxx", limit: { kind: "includes" } });
    expect(over.problems[0]!.range.start.offset).toBe(21);
  });

  it("reports a cycle as the depth limit, naming the chain", () => {
    const docs: Record<string, string> = { a: "A({{> b}})", b: "B({{> a}})" };
    const result = render("{{> a}}", {}, { resolveInclude: (name) => docs[name] ?? null, maxIncludeDepth: 4 });
    expect(result.limit).toEqual({ kind: "depth", message: "Include cycle: a → b → a" });
    expect(result.problems.map((p) => p.code)).toEqual(["limit.depth"]);
  });

  it("caps the output, also when a range repeats a huge list", () => {
    const result = render("{{range .L}}{{.}}{{end}}", { L: Array.from({ length: 1000 }, () => "0123456789") }, { dialect: "go", maxOutputChars: 95 });
    expect(result).toMatchObject({ ok: false, limit: { kind: "output", message: "The output passed 95 characters" } });
    expect(result.text).toBe("0123456789".repeat(10).slice(0, 95));
    const nested = render("{{> big}}", {}, { resolveInclude: () => "x".repeat(50), maxOutputChars: 20 });
    expect(nested.limit?.message).toBe("The output passed 20 characters (in big)");
    expect(render("{{#l}}ab{{/l}}", { l: [1, 2, 3] }, { maxOutputChars: 6 })).toMatchObject({ ok: true, text: "ababab" });
  });

  it("stops on the time budget, read from the injected clock", () => {
    let clock = 0;
    const now = () => (clock += 1);
    const result = render("{{#l}}{{.}}{{/l}}", { l: Array.from({ length: 100_000 }, (_, i) => i) }, { budgetMs: 50, now });
    expect(result).toMatchObject({ ok: false, limit: { kind: "time" } });
    expect(result.problems.at(-1)!.message).toBe("The render took longer than its 50 ms budget");
    expect(render("{{#l}}{{.}}{{/l}}", { l: [1, 2] }, { budgetMs: 50, now: () => 0 })).toMatchObject({ ok: true, text: "12" });
  });

  it("fails a strict render on an unresolved include, in both dialects", () => {
    expect(render("a {{> nope}}", {}, { strict: true })).toMatchObject({ ok: false, text: "" });
    const go = render('a {{template "nope" .}}', {}, { dialect: "go", strict: true });
    expect(go).toMatchObject({ ok: false, text: "" });
    expect(go.problems[0]).toMatchObject({ code: "include-not-found", severity: "error" });
    expect(render("a {{> nope}}", {})).toMatchObject({ ok: true, text: "a {{> nope}}" });
  });
});
