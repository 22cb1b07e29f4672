import { describe, expect, it } from "vitest";
import { detectDialect, parseTemplate, render } from "./index";

describe("detectDialect", () => {
  it("tells Go, mustache and no tags apart", () => {
    expect(detectDialect("Hi {{.Name}}")).toBe("go");
    expect(detectDialect("{{if x}}{{end}}")).toBe("go");
    expect(detectDialect("{{- /* note */ -}}")).toBe("go");
    expect(detectDialect("Hi {{agent-name}}, {{#rules}}{{.}}{{/rules}}")).toBe("mustache");
    expect(detectDialect("Plain text with { braces }.")).toBe("none");
    expect(detectDialect("{{#items}}{{.}}{{/items}} and {{.}}")).toBe("mustache");
    expect(detectDialect("{{.Request}} {{.}}")).toBe("go");
  });

  it("ignores tags quoted in fenced code", () => {
    expect(detectDialect("Deploy:\n```yaml\ntoken: ${{ secrets.TOKEN }}\n```\n")).toBe("none");
    expect(detectDialect("Use {{name}}.\n```vue\n<p>{{ .msg }}</p>\n```\n")).toBe("mustache");
  });
});

describe("parsing", () => {
  it("still offers a mustache parse as node objects, built from its columns", () => {
    const source = "Hi {{name}}!\n{{#items}}- {{{.}}}\n{{/items}}\n  {{>footer}}\n{{<base}}{{$tone}}calm{{/tone}}{{/base}}";
    const { nodes } = parseTemplate(source, { dialect: "mustache" });
    const shape = (list: readonly unknown[]): unknown[] =>
      (list as { type: string; name?: string; text?: string; escape?: boolean; indent?: string; children?: unknown[] }[]).map((node) =>
        node.type === "text" ? node.text : [node.type, node.name, node.escape ?? node.indent ?? null, ...(node.children ? [shape(node.children)] : [])],
      );
    expect(shape(nodes)).toEqual([
      "Hi ",
      ["variable", "name", true],
      "!\n",
      ["section", "items", null, ["- ", ["variable", ".", false], "\n"]],
      ["partial", "footer", "  "],
      ["parent", "base", "", [["block", "tone", null, ["calm"]]]],
    ]);
    const block = (nodes[5] as { children: { contentStart: number; contentEnd: number; closeEnd: number }[] }).children[0]!;
    expect(source.slice(block.contentStart, block.contentEnd)).toBe("calm");
    expect(source.slice(0, block.closeEnd).endsWith("{{/tone}}")).toBe(true);
  });

  it("still offers a Go parse as node objects, built from its columns", () => {
    const source =
      '{{define "d"}}D{{end}}Hi {{.Name}}!{{if .A}}a{{else if .B}}b{{else}}c{{end}}' +
      '{{range .L}}{{.}}{{else}}none{{end}}{{with .W}}w{{end}}{{template "t" .}}{{block "b" .}}B{{.X}}{{end}}{{bad}}';
    const { nodes } = parseTemplate(source, { dialect: "go" });
    type Shaped = { type: string; text?: string; name?: string; expr?: unknown; children?: unknown[]; elseChildren?: unknown[]; block?: unknown[] };
    const shape = (list: readonly unknown[]): unknown[] =>
      (list as (Shaped & { branches?: { cond: unknown; children: unknown[] }[] })[]).map((node) => {
        if (node.type === "text") return node.text;
        if (node.type === "print") return ["print", node.expr];
        if (node.type === "if") return ["if", node.branches!.map((b) => [b.cond, shape(b.children)])];
        if (node.type === "range" || node.type === "with") return [node.type, node.expr, shape(node.children!), shape(node.elseChildren!)];
        if (node.type === "define") return ["define", node.name, shape(node.children!)];
        return ["template", node.name, ...(node.block ? [shape(node.block)] : [])];
      });
    const field = (...path: string[]) => ({ kind: "field", path });
    expect(shape(nodes)).toEqual([
      ["define", "d", ["D"]],
      "Hi ",
      ["print", field("Name")],
      "!",
      ["if", [[field("A"), ["a"]], [field("B"), ["b"]], [null, ["c"]]]],
      ["range", field("L"), [["print", { kind: "dot" }]], ["none"]],
      ["with", field("W"), ["w"], []],
      ["template", "t"],
      ["template", "b", ["B", ["print", field("X")]]],
      "{{bad}}",
    ]);
    const block = nodes[8] as { start: number; end: number; closeEnd: number };
    expect(source.slice(block.start, block.end)).toBe('{{block "b" .}}');
    expect(source.slice(0, block.closeEnd).endsWith("{{.X}}{{end}}")).toBe(true);
  });

  it("gives every tag an exact range", () => {
    const parsed = parseTemplate("line one\n  {{agent-name}} here", { dialect: "mustache" });
    expect(parsed.variables).toHaveLength(1);
    expect(parsed.variables[0]!.occurrences[0]).toEqual({
      start: { offset: 11, line: 2, column: 3 },
      end: { offset: 25, line: 2, column: 17 },
    });
  });

  it("explains unclosed and mismatched sections at their position", () => {
    const source = "a\nb\n{{#rules}}\n- {{.}}\n";
    expect(parseTemplate(source).problems).toMatchObject([
      { severity: "error", message: "`{{#rules}}` opened on line 3 is never closed", range: { start: { line: 3, column: 1 } } },
    ]);
    expect(parseTemplate("{{#a}}x{{/b}}").problems[0]!.message).toBe("`{{/b}}` on line 1 does not match `{{#a}}` opened on line 1");
    expect(parseTemplate("x {{/b}}").problems[0]!.message).toBe("`{{/b}}` on line 1 closes nothing");
    expect(parseTemplate("Hi {{name", { dialect: "mustache" }).problems[0]!.message).toBe("`{{` on line 1 is never closed with `}}`");
  });

  it("reports Go actions outside the subset and keeps them as written", () => {
    const source = "A {{.Name | printf \"%q\"}} B {{range $i, $x := .L}}{{end}} C {{call .F}}";
    const parsed = parseTemplate(source);
    expect(parsed.problems.map((p) => p.message)).toEqual([
      "`{{.Name | printf \"%q\"}}` on line 1: pipelines (|) are not supported",
      "`{{range $i, $x := .L}}` on line 1: template variables ($i) are not supported",
      "`{{end}}` on line 1 has nothing to close",
      "`{{call .F}}` on line 1: unknown function `call`",
    ]);
    expect(render(parsed, { Name: "x" }).text).toBe(source);
  });

  it("reports a Go template name that is not a valid string, never throws on it", () => {
    const source = '{{template "\\q"}}\n{{block "a\tb" .}}x{{end}}{{template `raw\\q`}}{{template "\\u0041" .}}{{template x}}\n{{else}}';
    const parsed = parseTemplate(source, { dialect: "go" });
    expect(parsed.problems.map((p) => p.message)).toEqual([
      '`{{template "\\q"}}` on line 1: "\\q" is not a valid string',
      '`{{block "a\tb" .}}` on line 2: "a\tb" is not a valid string',
      "`{{end}}` on line 2 has nothing to close",
      "`{{template}}` needs a quoted name",
      "`{{else}}` on line 3 is outside if, range and with",
    ]);
    expect(parsed.includes.map((i) => i.name)).toEqual(["raw\\q", "A"]);
    // Lenient: the bad actions and the includes nothing resolves stay as written.
    expect(render(parsed, {}).text).toBe(source);
  });

  it("explains unclosed Go blocks", () => {
    expect(parseTemplate("{{if .A}}\nx").problems[0]!.message).toBe("`{{if}}` opened on line 1 is never closed with `{{end}}`");
    expect(parseTemplate("{{else}}").problems[0]!.message).toBe("`{{else}}` on line 1 is outside if, range and with");
  });
});

describe("variables", () => {
  it("infers mustache kinds and scopes", () => {
    const parsed = parseTemplate("{{agent-name}} {{user.name}}\n{{#rules}}- {{.}} {{note}}{{/rules}}{{^tools}}none{{/tools}}{{agent-name}}");
    expect(parsed.variables.map(({ name, path, kind, scope, occurrences }) => ({ name, path, kind, scope, n: occurrences.length }))).toEqual([
      { name: "agent-name", path: ["agent-name"], kind: "text", scope: [], n: 2 },
      { name: "user.name", path: ["user", "name"], kind: "text", scope: [], n: 1 },
      { name: "rules", path: ["rules"], kind: "list", scope: [], n: 1 },
      { name: "note", path: ["note"], kind: "text", scope: ["rules"], n: 1 },
      { name: "tools", path: ["tools"], kind: "condition", scope: [], n: 1 },
    ]);
  });

  it("infers Go kinds: printed text, conditions, ranged lists, with-objects, compared values", () => {
    const parsed = parseTemplate("{{.Request}}{{if .Strict}}{{end}}{{range .Examples}}{{.Input}}{{end}}{{with .User}}{{.Name}}{{end}}{{if eq .Mode \"x\"}}{{end}}{{if gt 1 2}}{{end}}");
    expect(parsed.variables.map(({ name, kind, scope }) => [name, kind, scope.join("/")])).toEqual([
      ["Request", "text", ""],
      ["Strict", "condition", ""],
      ["Examples", "list", ""],
      ["Input", "text", "Examples"],
      ["User", "object", ""],
      ["Name", "text", "User"],
      ["Mode", "text", ""],
    ]);
  });

  it("places a Go condition at the tag that holds it, else-if branches included", () => {
    const source = "{{if .A}}a{{else if .B}}{{.C}}{{else}}{{range .L}}{{.}}{{else}}{{.D}}{{end}}{{end}}";
    const parsed = parseTemplate(source, { dialect: "go" });
    const at = (name: string) => parsed.variables.find((v) => v.name === name)!.occurrences.map((r) => source.slice(r.start.offset, r.end.offset));
    expect(parsed.variables.map(({ name, kind, scope }) => [name, kind, scope.join("/")])).toEqual([
      ["A", "condition", ""],
      ["B", "condition", ""],
      ["C", "text", ""],
      ["L", "list", ""],
      ["D", "text", ""],
    ]);
    expect([at("A"), at("B"), at("D")]).toEqual([["{{if .A}}"], ["{{else if .B}}"], ["{{.D}}"]]);
  });

  it("lists includes", () => {
    expect(parseTemplate("{{> footer}}").includes.map((i) => i.name)).toEqual(["footer"]);
    expect(parseTemplate('{{template "footer" .}}').includes.map((i) => i.name)).toEqual(["footer"]);
    const range = { start: { offset: 2, line: 2, column: 1 }, end: { offset: 25, line: 2, column: 24 } };
    for (const source of ['a\n{{template "footer" .}}', "a\n{{>            footer}}"]) {
      const [include] = parseTemplate(source).includes;
      expect(include!.range).toEqual(range);
      expect(JSON.parse(JSON.stringify(include))).toEqual({ name: "footer", range });
    }
  });
});

describe("render", () => {
  it("does not HTML-escape unless asked", () => {
    expect(render("{{x}}", { x: "<b> & \"q\"" }).text).toBe("<b> & \"q\"");
    expect(render("{{x}}", { x: "<b>" }, { escape: "html" }).text).toBe("&lt;b&gt;");
    expect(render("{{.X}}", { X: "<b>" }, { escape: "html" }).text).toBe("&lt;b&gt;");
  });

  it("keeps missing variables visible in lenient mode and lists them", () => {
    const result = render("Hi {{name}}, from {{team}}.", { name: "Ada" });
    expect(result.text).toBe("Hi Ada, from {{team}}.");
    expect(result.missing.map((m) => [m.name, m.range.start.column])).toEqual([["team", 19]]);
    expect(result.ok).toBe(true);
    expect(render("{{.A}} {{.B.C}}", { B: {} }).text).toBe("{{.A}} {{.B.C}}");
  });

  it("refuses in strict mode when a variable is missing or the template is broken", () => {
    expect(render("Hi {{name}} {{team}}", { name: "Ada" }, { strict: true })).toMatchObject({ ok: false, text: "", missing: [{ name: "team" }] });
    expect(render("{{#a}}", {}, { strict: true })).toMatchObject({ ok: false, text: "" });
    expect(render("Hi {{name}}", { name: "Ada" }, { strict: true })).toMatchObject({ ok: true, text: "Hi Ada" });
  });

  it("treats missing sections and conditions as false, not as missing", () => {
    expect(render("{{#rules}}x{{/rules}}{{^rules}}default{{/rules}}", {}, { strict: true })).toMatchObject({ ok: true, text: "default" });
    expect(render("{{if .Strict}}S{{else}}L{{end}}", {}, { strict: true })).toMatchObject({ ok: true, text: "L" });
  });

  it("repeats a section once per list item", () => {
    expect(render("{{#rules}}- {{.}}\n{{/rules}}", { rules: ["a", "b", "c"] }).text).toBe("- a\n- b\n- c\n");
  });

  it("resolves includes through the callback, reports missing ones and cycles with their chain", () => {
    const docs: Record<string, string> = { a: "A({{> b}})", b: "B({{> a}})", leaf: "leaf {{x}}" };
    const resolveInclude = (name: string) => docs[name] ?? null;
    expect(render("{{> leaf}}", { x: 1 }, { resolveInclude }).text).toBe("leaf 1");
    const missing = render("[{{> nope}}]", {}, { resolveInclude });
    expect([missing.text, missing.problems[0]!.message]).toEqual(["[{{> nope}}]", '`{{> nope}}` includes "nope", which was not found']);
    const cycle = render("{{> a}}", {}, { resolveInclude });
    expect(cycle.problems.map((p) => p.message)).toEqual(["Include cycle: a → b → a"]);
    expect(cycle.ok).toBe(false);
    const goCycle = render('{{template "x" .}}', {}, { dialect: "go", resolveInclude: () => '{{template "x" .}}' });
    expect(goCycle.problems.map((p) => p.message)).toEqual(["Include cycle: x → x"]);
  });

  it("stops at the include depth limit", () => {
    const resolveInclude = (name: string) => `{{> ${name}x}}`;
    const result = render("{{> d}}", {}, { resolveInclude, maxIncludeDepth: 3 });
    expect(result.problems.map((p) => p.message)).toEqual(["Includes are nested deeper than 3 levels: d → dx → dxx → dxxx"]);
  });

  it("can leave tags in fenced code untouched", () => {
    const source = "Hi {{name}}\n```yaml\nwith: ${{ secrets.TOKEN }}\n```\n";
    expect(render(source, { name: "Ada" }, { ignoreFencedCode: true }).text).toBe("Hi Ada\n```yaml\nwith: ${{ secrets.TOKEN }}\n```\n");
    expect(render(source, { name: "Ada" }).missing.map((m) => m.name)).toEqual(["secrets.TOKEN"]);
  });

  it("marks where values and missing tags land in the output", () => {
    const result = render("Hi {{name}}, {{team}}!", { name: "Ada" }, { trackSegments: true });
    expect(result.segments).toEqual([
      { start: 3, end: 6, variable: "name", missing: false },
      { start: 8, end: 16, variable: "team", missing: true },
    ]);
    expect(result.text.slice(8, 16)).toBe("{{team}}");
  });

  it("reports Go evaluation errors as problems instead of throwing", () => {
    const result = render("{{if eq .A 1.0}}x{{end}}|{{len .N}}", { A: "one", N: 3 }, { dialect: "go" });
    expect(result.problems.map((p) => p.message)).toEqual([
      "`{{if eq .A 1.0}}` on line 1: incompatible types for comparison: string and float64",
      "`{{len .N}}` on line 1: len of a number is not defined",
    ]);
  });
});
