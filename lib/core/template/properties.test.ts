import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseTemplate, render, type Dialect } from "./index";

const dialects: Dialect[] = ["mustache", "go", "none"];
// Strings rich in the characters templates are made of, so the parser meets its edge cases.
const templateish = fc.string({
  unit: fc.constantFrom("{{", "}}", "{", "}", "#", "^", "/", ">", "!", "&", "=", ".", "-", " ", "\n", "\r\n", "if ", "end", "else", "range", '"', "`", "/*", "*/", "a", "B", "(", ")", "|", "$"),
  maxLength: 40,
});

describe("template properties", () => {
  it("parsing never throws, on any input, in any dialect", () => {
    fc.assert(
      fc.property(fc.oneof(templateish, fc.string()), fc.constantFrom(...dialects), fc.boolean(), (source, dialect, ignoreFencedCode) => {
        const parsed = parseTemplate(source, { dialect, ignoreFencedCode });
        for (const problem of parsed.problems) {
          expect(problem.range.start.offset).toBeGreaterThanOrEqual(0);
          expect(problem.range.end.offset).toBeLessThanOrEqual(source.length);
        }
        render(parsed, {});
      }),
      { numRuns: 2000 },
    );
  });

  it("text without {{ renders unchanged", () => {
    fc.assert(
      fc.property(fc.string().filter((s) => !s.includes("{{")), fc.constantFrom(...dialects), (text, dialect) => {
        expect(render(text, { any: "value" }, { dialect }).text).toBe(text);
      }),
    );
  });

  it("a lenient render without values returns a simple-variable template as written", () => {
    const name = fc.stringMatching(/^[a-z][a-z0-9_-]{0,10}(\.[a-z][a-z0-9_]{0,5})?$/);
    const goName = fc.stringMatching(/^[A-Z][A-Za-z0-9_]{0,10}$/);
    const prose = fc.string().map((s) => s.replaceAll("{", "(").replaceAll("}", ")"));
    const mustacheTemplate = fc.array(fc.oneof(prose, name.map((n) => `{{${n}}}`), name.map((n) => `{{ ${n} }}`)), { maxLength: 12 }).map((parts) => parts.join(""));
    const goTemplate = fc.array(fc.oneof(prose, goName.map((n) => `{{.${n}}}`)), { maxLength: 12 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(mustacheTemplate, (source) => {
        expect(render(source, {}, { dialect: "mustache" }).text).toBe(source);
      }),
    );
    fc.assert(
      fc.property(goTemplate, (source) => {
        expect(render(source, {}, { dialect: "go" }).text).toBe(source);
      }),
    );
  });

  it("rendering is deterministic", () => {
    const values = fc.dictionary(fc.constantFrom("a", "b", "A", "B", "items"), fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.array(fc.string(), { maxLength: 3 })));
    fc.assert(
      fc.property(templateish, values, fc.constantFrom(...dialects), (source, data, dialect) => {
        const first = render(source, data, { dialect, trackSegments: true });
        const second = render(parseTemplate(source, { dialect }), data, { dialect, trackSegments: true });
        expect(second).toEqual(first);
      }),
    );
  });
});

describe("adversarial inputs never throw", () => {
  // Every opening form a block can take, with its closer, in both dialects.
  const mustacheBlocks: [string, string][] = [["{{#a}}", "{{/a}}"], ["{{^a}}", "{{/a}}"], ["{{$a}}", "{{/a}}"], ["{{<a}}", "{{/a}}"], ["{{#a.b}}", "{{/a.b}}"]];
  const goBlocks: [string, string][] = [["{{if .A}}", "{{end}}"], ["{{range .L}}", "{{end}}"], ["{{with .A}}", "{{end}}"], ['{{block "b" .}}', "{{end}}"], ["{{if .A}}{{else}}", "{{end}}"]];
  const data = { a: [{ b: true }], A: { A: 1 }, L: [[1], { L: [] }] };

  it("nesting of every block kind, thousands deep, balanced or not", () => {
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.array(fc.nat({ max: 4 }), { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 1, max: 5000 }),
        fc.integer({ min: 0, max: 5000 }),
        (go, kinds, depth, closed) => {
          const blocks = go ? goBlocks : mustacheBlocks;
          const opens = Array.from({ length: depth }, (_, i) => blocks[kinds[i % kinds.length]!]!);
          const source = opens.map(([open]) => open).join("") + "{{x}}" + opens.slice(0, closed).reverse().map(([, close]) => close).join("");
          const dialect = go ? "go" : "mustache";
          const parsed = parseTemplate(source, { dialect });
          render(parsed, data, { resolveInclude: () => source.slice(0, 200), maxOutputChars: 100_000 });
        },
      ),
      { numRuns: 40 },
    );
  });

  // Every unit in both dialects, each repeated into one 1 MB line (the time it takes is
  // measured by `npm run bench:template`, not here).
  const units = ["{{! c }}", "{{#a}}{{/a}}", "{{=<% %>=}}<%={{ }}=%>", "{{a}}", "{{", "{{{", "{{=", "{{> p}}", "{{/* c */}}", "{{- .A -}}", "{{(", '{{"', "{{$a}}{{/a}}"];
  for (const dialect of ["mustache", "go"] as const) {
    it(`one 1 MB line of tags, comments, delimiters or unclosed openers (${dialect})`, { timeout: 120_000 }, () => {
      for (const unit of units) {
        const source = unit.repeat(Math.ceil(1_000_000 / unit.length));
        const parsed = parseTemplate(source, { dialect });
        expect(parsed.problems.length).toBeLessThanOrEqual(1_000);
        for (const problem of parsed.problems.slice(0, 3)) expect(problem.message.length).toBeLessThan(400);
        render(parsed, { a: true, A: "x" }, { resolveInclude: () => "", maxOutputChars: 2_000_000 });
      }
    });
  }
});
