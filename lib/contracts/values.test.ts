import { describe, expect, it } from "vitest";
import { MAX_VALUES_DEPTH } from "@/lib/core/variables/json-depth";
import { parseQueryValues } from "./values";

function nested(depth: number): unknown {
  let value: unknown = "leaf";
  for (let level = 0; level < depth; level++) value = { inner: value };
  return value;
}

describe("parseQueryValues", () => {
  it("reads a JSON object and treats an absent parameter as an empty form", () => {
    expect(parseQueryValues('{"name":"Ada","rules":["a"]}')).toEqual({ ok: true, values: { name: "Ada", rules: ["a"] } });
    expect(parseQueryValues(null)).toEqual({ ok: true, values: {} });
    expect(parseQueryValues(undefined)).toEqual({ ok: true, values: {} });
    expect(parseQueryValues("")).toEqual({ ok: true, values: {} });
  });

  it("refuses broken JSON and JSON that is not an object, with a message naming `values`", () => {
    for (const raw of ["not-json", '{"name":', "[1,2]", "null", "42", '"Ada"']) {
      const parsed = parseQueryValues(raw);
      expect(parsed.ok, raw).toBe(false);
      if (!parsed.ok) expect(parsed.message).toMatch(/`values` must be a JSON object/);
    }
  });

  it("refuses values nested deeper than a render accepts", () => {
    const parsed = parseQueryValues(JSON.stringify({ deep: nested(MAX_VALUES_DEPTH + 5) }));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(/nested at most/);
    expect(parseQueryValues(JSON.stringify({ shallow: nested(2) })).ok).toBe(true);
  });
});
