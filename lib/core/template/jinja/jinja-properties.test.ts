import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { detectDialect, parseTemplate, render } from "../index";

const jinja = { dialect: "jinja" } as const;

// Strings rich in what Jinja templates are made of, so the parser meets its edge cases.
const templateish = fc.string({
  unit: fc.constantFrom(
    "{{", "}}", "{%", "%}", "{#", "#}", "-", "+", " ", "\n", "if ", "elif ", "else", "endif", "for ", " in ", "endfor", "set ", "=", "block ", "endblock",
    "raw", "endraw", "extends ", "include ", "super()", "loop.index", "'", '"', "\\", "(", ")", "[", "]", "{", "}", "|", "upper", "default(", ",", ".", "a", "x", "0", "1.5", "not ", " and ", "==", "<",
  ),
  maxLength: 60,
});

function checkNeverThrows(source: string, data: Record<string, unknown> = {}) {
  const parsed = parseTemplate(source, jinja);
  for (const problem of parsed.problems) {
    expect(problem.range.start.offset).toBeGreaterThanOrEqual(0);
    expect(problem.range.end.offset).toBeLessThanOrEqual(source.length);
  }
  for (const missing of ["keep", "empty"] as const) {
    const result = render(parsed, data, { missing, resolveInclude: (name) => (name.length < 3 ? source : null), maxIncludeExpansions: 50 });
    expect(typeof result.text).toBe("string");
  }
  return parsed;
}

describe("Jinja properties", () => {
  it("parsing and rendering never throw, on any input", () => {
    const data = fc.dictionary(fc.constantFrom("a", "x", "items", "loop"), fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.oneof(fc.string(), fc.integer()), { maxLength: 3 })));
    fc.assert(
      fc.property(fc.oneof(templateish, fc.string()), data, (source, values) => {
        checkNeverThrows(source, values);
      }),
      { numRuns: 3000 },
    );
  });

  it("detection never throws and finds Jinja in Jinja statements", () => {
    fc.assert(
      fc.property(fc.oneof(templateish, fc.string()), (source) => {
        expect(["mustache", "go", "jinja", "none"]).toContain(detectDialect(source));
        expect(detectDialect(`{% if a %}${source.replace(/[{}%#]/g, "")}{% endif %}`)).toBe("jinja");
      }),
    );
  });

  it("text without tag openers renders unchanged", () => {
    fc.assert(
      fc.property(fc.string().filter((s) => !/\{[{%#]/.test(s)), (text) => {
        expect(render(text, { a: 1 }, jinja).text).toBe(text);
      }),
    );
  });

  it("a lenient render without values returns a simple-variable template as written", () => {
    const name = fc.stringMatching(/^[a-z][a-z0-9_]{0,10}(\.[a-z][a-z0-9_]{0,5})?$/).filter((n) => !["and", "or", "not", "in", "if", "is", "true", "false", "none"].includes(n.split(".")[0]!));
    const prose = fc.string().map((s) => s.replace(/[{}]/g, "_"));
    const template = fc.array(fc.oneof(prose, name.map((n) => `{{ ${n} }}`), name.map((n) => `{{${n}|upper}}`)), { maxLength: 12 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(template, (source) => {
        expect(render(source, {}, jinja).text).toBe(source);
      }),
    );
  });

  it("rendering is deterministic", () => {
    fc.assert(
      fc.property(templateish, (source) => {
        expect(render(parseTemplate(source, jinja), { a: [1, 2], x: "x" }, { trackSegments: true })).toEqual(render(source, { a: [1, 2], x: "x" }, { ...jinja, trackSegments: true }));
      }),
    );
  });
});

describe("adversarial Jinja", () => {
  const deep = (open: string, close: string, depth = 20_000) => open.repeat(depth) + "x" + close.repeat(depth);

  it("deep nesting of every block kind is refused past 1,000 levels, never a crash", () => {
    for (const source of [
      deep("{% if a %}", "{% endif %}"),
      deep("{% for a in b %}", "{% endfor %}"),
      Array.from({ length: 20_000 }, (_, i) => `{% block b${i} %}`).join("") + "{% endblock %}".repeat(20_000),
      deep("{% if a %}{% for x in a %}", "{% endfor %}{% endif %}", 5000),
      deep("{% if a %}", ""),
    ]) {
      const parsed = checkNeverThrows(source, { a: [1], b: [1] });
      expect(parsed.problems.some((p) => p.code === "nesting-limit")).toBe(true);
    }
  }, 60_000);

  it("deep expressions are refused, never a crash", () => {
    for (const source of [
      `{{ ${"(".repeat(50_000)}a${")".repeat(50_000)} }}`,
      `{{ ${"not ".repeat(50_000)}a }}`,
      `{{ ${"[".repeat(50_000)} }}`,
      `{{ a${".b".repeat(50_000)} }}`,
      `{{ a${" | upper".repeat(50_000)} }}`,
      `{{ a${" or a".repeat(50_000)} }}`,
      `{% if ${"-".repeat(50_000)}1 %}{% endif %}`,
    ]) {
      expect(checkNeverThrows(source, { a: "x" }).problems.length).toBeGreaterThan(0);
    }
  });

  it("1 MB lines of tags, comments and delimiters never crash", () => {
    const times = (chunk: string) => Math.ceil(1_000_000 / chunk.length);
    const mb = (chunk: string) => chunk.repeat(times(chunk));
    const values = { x: "v", xs: [1] };
    expect(render(mb("{{ x }}"), values, jinja).text).toBe("v".repeat(times("{{ x }}")));
    expect(render(mb("{# c #}"), values, jinja).text).toBe("");
    expect(render(mb("{% if x %}a{% endif %}"), values, jinja).text).toBe("a".repeat(times("{% if x %}a{% endif %}")));
    expect(render(mb("{%- if x -%} a {%- endif -%}"), values, jinja).text).toBe("a".repeat(times("{%- if x -%} a {%- endif -%}")));
    for (const source of [mb("%}"), mb("}}"), mb("#}"), mb("{{"), mb("{%"), mb("{#"), mb("{% endif %}"), mb("{% else %}"), mb("{% raw %}"), mb("{{ '"), mb("{{ (")]) {
      checkNeverThrows(source, values);
    }
  }, 120_000);

  it("unclosed tags are reported at their position and the rest stays text", () => {
    for (const [source, offset] of [
      ["ab {{ x", 3],
      ["ab {% if x", 3],
      ["ab {# note", 3],
      ["ab {{ 'x }}", 3],
    ] as const) {
      const parsed = parseTemplate(source, jinja);
      expect(parsed.problems).toMatchObject([{ code: "unclosed-tag", range: { start: { offset } } }]);
      expect(render(parsed, { x: 1 }).text).toBe(source);
    }
  });
});
