import { describe, expect, it } from "vitest";
import { FenceCursor, fencedLineMask, fencedRanges, splitLines } from "./fences";

/** The lines the offset-based reader covers, to compare it with the line-based one. */
function linesInRanges(source: string): boolean[] {
  const ranges = fencedRanges(source);
  const cursor = new FenceCursor(ranges);
  let offset = 0;
  return source.split("\n").map((line) => {
    const inside = cursor.inside(offset);
    offset += line.length + 1;
    return inside;
  });
}

describe("fenced code blocks", () => {
  it("treats a tab-indented ``` as text in both readers (CommonMark: a tab is four columns)", () => {
    const source = "# Title\n\t```\n# heading after a tab fence\n\t```\n{{ name }}";
    expect(fencedLineMask(splitLines(source))).toEqual([false, false, false, false, false]);
    expect(fencedRanges(source)).toEqual([]);
  });

  it("accepts up to three spaces of indent but not four", () => {
    expect(fencedLineMask(["   ```", "code", "   ```", "after"])).toEqual([true, true, true, false]);
    expect(fencedLineMask(["    ```", "code"])).toEqual([false, false]);
    expect(fencedRanges("   ~~~\nx\n   ~~~\ny")).toEqual([[0, 15]]);
  });

  it("closes only on a bare run of the same character at least as long", () => {
    const source = "````md\n```\n~~~~\n```` \nout\n~~~\nunclosed";
    const lines = source.split("\n");
    expect(fencedLineMask(lines)).toEqual([true, true, true, true, false, true, true]);
    expect(linesInRanges(source)).toEqual(fencedLineMask(lines));
  });

  it("gives the same lines to both readers on mixed indentation and CRLF", () => {
    const source = "a\r\n  ```js\r\n\t```\r\nb\r\n ```\r\nc\r\n \t~~~\r\nd";
    const lines = source.split("\n");
    expect(linesInRanges(source)).toEqual(fencedLineMask(splitLines(source)));
    expect(fencedLineMask(splitLines(source))).toEqual([false, true, true, true, true, false, false, false]);
    expect(lines).toHaveLength(8);
  });
});
