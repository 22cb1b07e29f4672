import { describe, expect, it } from "vitest";
import { parseTemplate } from "../template";
import { getPath, inferVariableSchema, setPath, unusedFields, valuesSchemaFor, withDefaults, type VariableSchema } from "./schema";

describe("inferVariableSchema", () => {
  it("types fields from how the template uses each variable", () => {
    const parsed = parseTemplate("{{agent-name}} {{#rules}}- {{.}}{{/rules}}{{#examples}}{{input}} → {{output}}{{/examples}}{{^tools}}x{{/tools}}");
    expect(inferVariableSchema(parsed)).toEqual([
      { name: "agent-name", type: "text" },
      { name: "rules", type: "list" },
      { name: "examples", type: "list", itemFields: ["input", "output"] },
      { name: "tools", type: "boolean" },
    ]);
    expect(inferVariableSchema(parseTemplate("{{.Request}}{{if .Strict}}{{end}}{{with .User}}{{.Name}}{{end}}"))).toEqual([
      { name: "Request", type: "text" },
      { name: "Strict", type: "boolean" },
      { name: "User", type: "json" },
    ]);
  });

  it("keeps a person's settings for fields that are still used, and drops the rest", () => {
    const saved: VariableSchema = [
      { name: "Request", type: "multiline", label: "What to do", required: true },
      { name: "Gone", type: "text" },
    ];
    const parsed = parseTemplate("{{.Request}} {{.Mode}}");
    expect(inferVariableSchema(parsed, saved)).toEqual([saved[0], { name: "Mode", type: "text" }]);
    expect(unusedFields(saved, parsed)).toEqual(["Gone"]);
  });
});

describe("valuesSchemaFor", () => {
  const schema: VariableSchema = [
    { name: "name", type: "text", required: true },
    { name: "count", type: "number" },
    { name: "strict", type: "boolean" },
    { name: "tone", type: "select", options: ["warm", "dry"] },
    { name: "rules", type: "list", required: true },
    { name: "examples", type: "list", itemFields: ["input", "output"] },
    { name: "user", type: "json" },
  ];
  const values = valuesSchemaFor(schema);

  it("accepts values that fit their fields, and unknown names", () => {
    const ok = { name: "Ada", count: 3, strict: true, tone: "dry", rules: ["a"], examples: [{ input: "i", output: "o" }], user: { id: 1 }, extra: "x" };
    expect(values.parse(ok)).toEqual(ok);
    expect(values.safeParse({ name: "Ada", rules: ["a"] }).success).toBe(true);
  });

  it("explains what is wrong at each field", () => {
    const result = values.safeParse({ name: "", count: "3", tone: "loud", rules: [], examples: [{ input: 1 }], user: [] });
    expect(result.success).toBe(false);
    const byField = Object.fromEntries(result.error!.issues.map((issue) => [issue.path.join("."), issue.message]));
    expect(byField).toMatchObject({
      name: "Required",
      count: "Enter a number",
      tone: "Pick one of the options",
      rules: "Add at least one item",
      user: "Enter a JSON object",
    });
    expect(Object.keys(byField)).toContain("examples.0.input");
  });
});

describe("paths", () => {
  it("sets and gets dotted names as nested objects", () => {
    const values = setPath(setPath({}, ["user", "name"], "Ada"), ["user", "role"], "eng");
    expect(values).toEqual({ user: { name: "Ada", role: "eng" } });
    expect(getPath(values, ["user", "name"])).toBe("Ada");
    expect(getPath(values, ["user", "missing", "x"])).toBeUndefined();
  });
});

describe("withDefaults", () => {
  it("fills fields left empty with their defaults and keeps what was entered", () => {
    const schema: VariableSchema = [
      { name: "tone", type: "text", default: "warm" },
      { name: "user.name", type: "text", default: "Ada" },
      { name: "count", type: "number", default: 3 },
    ];
    expect(withDefaults(schema, { count: 5 })).toEqual({ tone: "warm", user: { name: "Ada" }, count: 5 });
  });
});
