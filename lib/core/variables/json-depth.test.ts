import { describe, expect, it } from "vitest";
import { nestsDeeperThan } from "./json-depth";

const nested = (depth: number): unknown => {
  let value: unknown = "leaf";
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { a: value };
  return value;
};

describe("nestsDeeperThan", () => {
  it("counts arrays and objects as levels, scalars as none", () => {
    expect(nestsDeeperThan("text", 0)).toBe(false);
    expect(nestsDeeperThan({}, 0)).toBe(true);
    expect(nestsDeeperThan(nested(3), 3)).toBe(false);
    expect(nestsDeeperThan(nested(4), 3)).toBe(true);
    expect(nestsDeeperThan({ shallow: 1, deep: nested(5) }, 5)).toBe(true);
  });

  it("checks a value nested 100,000 deep without overflowing the stack", () => {
    expect(nestsDeeperThan(nested(100_000), 64)).toBe(true);
  });
});
