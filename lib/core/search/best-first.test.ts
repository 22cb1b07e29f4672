import { describe, expect, it } from "vitest";
import { bestFirst } from "./best-first";

describe("bestFirst", () => {
  it("orders by rank, keeps the incoming order among equals, and stops at the limit", () => {
    const words = ["delta", "alpha", "beta", "apple", "avocado", "cherry"];
    const startsWithA = (word: string) => (word.startsWith("a") ? 0 : 1);
    expect(bestFirst(words, startsWithA, 4)).toEqual(["alpha", "apple", "avocado", "delta"]);
  });

  it("returns fewer than the limit when there are fewer items, and leaves its input alone", () => {
    const input = [3, 1, 2];
    expect(bestFirst(input, (n) => n, 10)).toEqual([1, 2, 3]);
    expect(input).toEqual([3, 1, 2]);
  });
});
