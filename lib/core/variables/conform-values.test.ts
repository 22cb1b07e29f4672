import { describe, expect, it } from "vitest";
import { conformValues, convertValue } from "./conform-values";
import { fieldProblems } from "./field-problems";
import type { VariableSchema } from "./schema";

describe("conformValues", () => {
  it("converts a value to its field's new type when it can", () => {
    const schema: VariableSchema = [
      { name: "count", type: "number" },
      { name: "strict", type: "boolean" },
      { name: "tools", type: "list" },
      { name: "user", type: "json" },
      { name: "label", type: "text" },
    ];
    const { values, notes } = conformValues(schema, { count: " 42 ", strict: "yes", tools: "a, b\nc", user: '{"name":"Ada"}', label: 7 });
    expect(values).toEqual({ count: 42, strict: true, tools: ["a", "b", "c"], user: { name: "Ada" }, label: "7" });
    expect(notes).toEqual({});
  });

  it("empties a value that does not convert and says why", () => {
    const { values, notes } = conformValues([{ name: "count", type: "number" }], { count: "many", other: "kept" });
    expect("count" in values).toBe(false);
    expect(values.other).toBe("kept");
    expect(notes.count).toBe("“many” is not a number, so the field was left empty.");
  });

  it("drops emptied values, so an empty input counts as missing", () => {
    expect(conformValues([{ name: "n", type: "number" }], { n: undefined, other: 1 }).values).toEqual({ other: 1 });
    expect("n" in conformValues([{ name: "n", type: "number" }], { n: "" }).values).toBe(false);
  });

  it("leaves values that already fit untouched (same object)", () => {
    const input = { name: "Ada", n: 3 };
    expect(conformValues([{ name: "name", type: "text" }, { name: "n", type: "number" }], input).values).toBe(input);
  });

  it("reaches nested names", () => {
    expect(conformValues([{ name: "user.age", type: "number" }], { user: { age: "41" } }).values).toEqual({ user: { age: 41 } });
  });

  it("refuses what cannot be a JSON object or a number", () => {
    expect(convertValue("[1]", "json").ok).toBe(false);
    expect(convertValue(true, "number").ok).toBe(false);
    expect(convertValue("maybe", "boolean").ok).toBe(false);
  });
});

describe("fieldProblems", () => {
  it("calls an empty required field a hint in plain words, not a zod error", () => {
    const problems = fieldProblems([{ name: "Request", type: "text", required: true }, { name: "tags", type: "list", required: true }], {});
    expect(problems).toEqual({
      Request: { missing: true, message: "Needed: fill this in for the preview." },
      tags: { missing: true, message: "Needed: add at least one item." },
    });
  });

  it("words wrong values plainly, with the item they are in", () => {
    const problems = fieldProblems(
      [
        { name: "mode", type: "select", options: ["fast", "slow"] },
        { name: "examples", type: "list", itemFields: ["input"] },
      ],
      { mode: "medium", examples: [{ input: "a" }, { input: 3 }] },
    );
    expect(problems.mode).toEqual({ missing: false, message: "Pick one of the options" });
    expect(problems.examples).toEqual({ missing: false, message: "Item 2, input: Enter text." });
  });
});
