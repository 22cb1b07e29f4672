import { describe, expect, it } from "vitest";
import { textSplice, type Splice } from "./splice";

const apply = (text: string, splice: Splice | null) =>
  splice ? text.slice(0, splice.index) + splice.insert + text.slice(splice.index + splice.remove) : text;

describe("textSplice", () => {
  it("replaces only the changed middle", () => {
    expect(textSplice("Hello world", "Hello brave world")).toEqual({ index: 6, remove: 0, insert: "brave " });
    expect(textSplice("abcdef", "abXYef")).toEqual({ index: 2, remove: 2, insert: "XY" });
    expect(textSplice("same", "same")).toBeNull();
  });

  it("handles repeated characters, where prefix and suffix could overlap", () => {
    for (const [before, after] of [["aaa", "aaaa"], ["aaaa", "a"], ["", "x"], ["x", ""], ["abab", "ab"]]) {
      expect(apply(before!, textSplice(before!, after!))).toBe(after);
    }
  });

  it("never splits an emoji between its two UTF-16 halves", () => {
    const splice = textSplice("a😀b", "a😃b")!;
    expect(splice.insert).toBe("😃");
    expect(splice.remove).toBe(2);
  });
});
