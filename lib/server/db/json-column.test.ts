import { afterEach, describe, expect, it, vi } from "vitest";
import { variableSchemaSchema } from "@/lib/core/variables/schema";
import { readJsonColumn, stringListColumn, valuesColumn } from "./json-column";

afterEach(() => vi.restoreAllMocks());

describe("readJsonColumn", () => {
  it("reads a well-formed value through its schema", () => {
    expect(readJsonColumn('["a", 3, "b"]', { schema: stringListColumn, fallback: [], column: "t" })).toEqual(["a", "b"]);
    expect(readJsonColumn('{"name":"Ada"}', { schema: valuesColumn, fallback: {}, column: "t" })).toEqual({ name: "Ada" });
  });

  it("gives the fallback silently for a missing value", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    expect(readJsonColumn(null, { schema: variableSchemaSchema, fallback: [], column: "t" })).toEqual([]);
    expect(readJsonColumn("", { schema: valuesColumn, fallback: {}, column: "t" })).toEqual({});
    expect(warn).not.toHaveBeenCalled();
  });

  it("logs a corrupt value and gives the fallback instead of throwing", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    expect(readJsonColumn('{"name": "Ada"', { schema: valuesColumn, fallback: {}, column: "Preset.values" })).toEqual({});
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![0])).toContain("Preset.values");
  });

  it("logs a value of the wrong shape and gives the fallback", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    expect(readJsonColumn('["not", "an", "object"]', { schema: valuesColumn, fallback: {}, column: "ShareLink.values" })).toEqual({});
    expect(readJsonColumn('[{"name": ""}]', { schema: variableSchemaSchema, fallback: [], column: "variables" })).toEqual([]);
    expect(warn).toHaveBeenCalledTimes(2);
  });
});
