import { describe, expect, it } from "vitest";
import { countText } from "./counts";

describe("countText", () => {
  it("counts code points, whitespace-separated words and lines", () => {
    expect(countText("")).toEqual({ characters: 0, words: 0, lines: 0 });
    expect(countText("one two\n  three\r\nfour 🚨")).toEqual({ characters: 23, words: 5, lines: 3 });
    expect(countText("trailing newline\n")).toEqual({ characters: 17, words: 2, lines: 2 });
  });
});
