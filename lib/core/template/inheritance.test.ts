import { describe, expect, it } from "vitest";
import { inferVariableSchema } from "../variables/schema";
import { parseTemplate, render } from "./index";

const base = "<persona>\nYou are {{name}}.\n{{$tone}}\nBe brief and neutral.\n{{/tone}}\n{{$rules}}- cite sources{{/rules}}\n</persona>\n";

describe("a persona extends a base persona and overrides its blocks (mustache)", () => {
  const docs: Record<string, string> = { base };
  const resolveInclude = (slug: string) => docs[slug] ?? null;

  it("renders the base with the blocks it overrides, the others by default", () => {
    const child = "{{<base}}\n{{$tone}}\nBe warm, {{mood}}.\n{{/tone}}\n{{/base}}\n";
    const result = render(child, { name: "Quill", mood: "and curious" }, { resolveInclude, strict: true });
    expect(result).toMatchObject({ ok: true, text: "<persona>\nYou are Quill.\nBe warm, and curious.\n- cite sources\n</persona>\n" });
  });

  it("shows blocks and the parent, and the variables used inside them, to the form", () => {
    const child = parseTemplate("{{<base}}{{$tone}}Be {{mood}}.{{/tone}}{{/base}}");
    expect(child.blocks.map((b) => [b.kind, b.name, b.range.start.column, b.end?.column])).toEqual([
      ["parent", "base", 1, 49],
      ["block", "tone", 10, 40],
    ]);
    expect(child.includes.map((i) => i.name)).toEqual(["base"]);
    expect(inferVariableSchema(child)).toEqual([{ name: "mood", type: "text" }]);
    expect(parseTemplate("{{<base}}ignored {{x}}{{$b}}{{y}}{{/b}}{{/base}}").variables.map((v) => v.name)).toEqual(["y"]);
    expect(parseTemplate(base).blocks.map((b) => b.name)).toEqual(["tone", "rules"]);
  });

  it("reports a missing parent like a missing partial, and fails a strict render", () => {
    expect(render("{{<nope}}{{/nope}}", {}, { resolveInclude })).toMatchObject({ ok: true, text: "{{<nope}}" });
    expect(render("{{<nope}}{{/nope}}", {}, { resolveInclude, strict: true })).toMatchObject({ ok: false, text: "" });
  });

  it("resolves a dynamic partial name from the values", () => {
    expect(render("[{{>*which}}]", { which: "base", name: "Ada" }, { resolveInclude, missing: "empty" }).text).toContain("You are Ada.");
    expect(parseTemplate("{{>*which}}").variables.map((v) => v.name)).toEqual(["which"]);
  });
});

describe("Go's define and block, on the same mechanism", () => {
  const goBase = '<persona>{{block "tone" .}}Be brief.{{end}} {{.Name}}</persona>';
  const resolveInclude = (name: string) => (name === "base" ? goBase : null);

  it("renders a block's default, or the definition of the document that includes the base", () => {
    expect(render('{{template "base" .}}', { Name: "Q" }, { dialect: "go", resolveInclude }).text).toBe("<persona>Be brief. Q</persona>");
    const child = '{{define "tone"}}Be warm.{{end}}{{template "base" .}}';
    expect(render(child, { Name: "Q" }, { dialect: "go", resolveInclude }).text).toBe("<persona>Be warm. Q</persona>");
    expect(parseTemplate(child, { dialect: "go" }).blocks.map((b) => [b.kind, b.name])).toEqual([["define", "tone"]]);
  });

  it("refuses what Go refuses: a second definition, a block without a value, define inside an action", () => {
    const messages = (source: string) => parseTemplate(source, { dialect: "go" }).problems.map((p) => p.message);
    expect(messages('{{define "a"}}1{{end}}{{define "a"}}2{{end}}')[0]).toContain('multiple definition of template "a"');
    expect(messages('{{block "a"}}x{{end}}')[0]).toContain("missing value for block clause");
    expect(messages('{{if .A}}{{define "a"}}x{{end}}{{end}}')[0]).toContain("must stand at the top level");
  });
});

describe("Go literals behave as in Go", () => {
  const go = (source: string, data: Record<string, unknown> = {}) => render(source, data, { dialect: "go" });

  it("compares ints and float64s only with their own kind", () => {
    expect(go("{{if eq 2 2}}same{{end}}").text).toBe("same");
    expect(go("{{eq 2 2.0}}").problems[0]!.message).toBe("`{{eq 2 2.0}}` on line 1: incompatible types for comparison: int and float64");
    expect(go("{{eq .N 3}}", { N: 3 }).ok).toBe(false); // data numbers are float64, as JSON gives them to Go
    expect(go("{{eq .N 3.0}}", { N: 3 }).text).toBe("true");
    expect(go("{{eq (len .L) 2}}", { L: [1, 2] }).text).toBe("true");
    expect(go("{{eq .L .L}}", { L: [] }).problems[0]!.message).toContain("invalid type for comparison");
  });

  it("refuses nil as a command and len of an int; prints literals as Go does", () => {
    expect(parseTemplate("{{nil}}", { dialect: "go" }).problems[0]!.message).toBe("`{{nil}}` on line 1: nil is not a command");
    expect(parseTemplate("{{if nil}}x{{end}}", { dialect: "go" }).problems[0]!.message).toBe("`{{if nil}}` on line 1: nil is not a command");
    expect(go("{{len 3}}").problems[0]!.message).toContain("len of type int");
    expect(go("{{1}} {{1.5}} {{1e6}} {{true}} {{not 0}}").text).toBe("1 1.5 1e+06 true true");
    expect(go("{{.A.B}}", { A: null }).problems[0]!.message).toContain("nil pointer evaluating interface {}.B");
  });
});

describe("printing values that are not text (mustache)", () => {
  it("joins lists with commas and reports objects and functions instead of printing code or JSON", () => {
    expect(render("{{l}}", { l: ["a", 1, [true, null]] }).text).toBe("a,1,true,");
    const object = render("[{{o}}]", { o: { a: 1 } });
    expect(object.text).toBe("[]");
    expect(object.problems[0]).toMatchObject({ code: "mustache-value", severity: "warning" });
    const fn = render("[{{f}}]", { f: () => "secret source" });
    expect(fn.text).toBe("[]");
    expect(fn.problems[0]!.message).toContain("a function (lambdas are not supported)");
    const cyclic: unknown[] = [];
    cyclic.push(cyclic);
    expect(render("{{c}}", { c: cyclic }).text).toBe("");
  });
});

describe("mustache details the issue named", () => {
  it("allows new delimiters that contain the current closer", () => {
    expect(render("{{={{ }}=}}{{x}}", { x: 1 })).toMatchObject({ ok: true, text: "1", problems: [] });
    expect(render("{{=<% %>=}}<%x%> <%={{ }}=%>{{x}}", { x: 2 }).text).toBe("2 2");
  });

  it("leaves no indentation for an empty standalone partial", () => {
    expect(render("a\n  {{> empty}}\nb\n", {}, { resolveInclude: () => "" }).text).toBe("a\nb\n");
  });
});
