import { describe, expect, it } from "vitest";
import { formatGoAction } from "./format-value";

describe("formatGoAction", () => {
  it("prints a value nested 100,000 deep with the deep part elided instead of overflowing the stack", () => {
    let value: unknown = "leaf";
    for (let i = 0; i < 100_000; i++) value = i % 2 ? [value] : { a: value };
    const text = formatGoAction(value);
    expect(text.startsWith("[map[a:[map[a:")).toBe(true);
    expect(text).toContain("…");
    expect(text).not.toContain("leaf");
  });
});
