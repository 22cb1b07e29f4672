import { describe, expect, it } from "vitest";
import { diffRows, foldUnchanged, pairRows, wordChanges } from "./line-diff";

const lines = (count: number, prefix = "line") => Array.from({ length: count }, (_, i) => `${prefix} ${i + 1}\n`).join("");

describe("diffRows", () => {
  it("numbers unchanged lines on both sides and changed lines on their own side", () => {
    const rows = diffRows("a\nb\nc\n", "a\nB\nc\nd\n");
    expect(rows.map((r) => [r.kind, r.old, r.new, r.text])).toEqual([
      ["same", 1, 1, "a"],
      ["removed", 2, null, "b"],
      ["added", null, 2, "B"],
      ["same", 3, 3, "c"],
      ["added", null, 4, "d"],
    ]);
  });

  it("keeps every line of both texts, so each side can be read back exactly", () => {
    const before = "one\r\ntwo\nthree";
    const after = "zero\none\r\nthree\nfour";
    const rows = diffRows(before, after);
    const side = (kind: "removed" | "added") => rows.filter((r) => r.kind !== kind).map((r) => r.text + (r.noNewline ? "" : "\n"));
    expect(side("added").join("").replace(/\r/g, "")).toBe(before.replace(/\r/g, ""));
    expect(side("removed").join("").replace(/\r/g, "")).toBe(after.replace(/\r/g, ""));
  });

  it("flags a last line without a line break, which is otherwise invisible", () => {
    const rows = diffRows("end", "end\n");
    expect(rows).toEqual([
      { kind: "removed", old: 1, new: null, text: "end", noNewline: true },
      { kind: "added", old: null, new: 1, text: "end", noNewline: false },
    ]);
  });

  it("handles empty texts", () => {
    expect(diffRows("", "")).toEqual([]);
    expect(diffRows("", "x\n").map((r) => r.kind)).toEqual(["added"]);
  });
});

describe("foldUnchanged", () => {
  it("keeps three lines around a change and folds the long unchanged runs", () => {
    const before = lines(40);
    const after = before.replace("line 20\n", "line twenty\n");
    const blocks = foldUnchanged(diffRows(before, after));
    expect(blocks.map((b) => [b.folded, b.rows.length])).toEqual([
      [true, 16],
      [false, 3 + 2 + 3],
      [true, 17],
    ]);
    expect(blocks[1]!.rows[0]!.text).toBe("line 17");
  });

  it("does not fold a run too short to be worth a control", () => {
    const before = lines(9);
    const after = before.replace("line 1\n", "first\n").replace("line 9\n", "last\n");
    expect(foldUnchanged(diffRows(before, after)).every((b) => !b.folded)).toBe(true);
  });

  it("folds identical texts into one block", () => {
    expect(foldUnchanged(diffRows(lines(10), lines(10))).map((b) => b.folded)).toEqual([true]);
  });
});

describe("pairRows", () => {
  it("puts each removed line beside the added line that replaced it", () => {
    const pairs = pairRows(diffRows("a\nb\nc\nz\n", "a\nB\nC\nD\nz\n"));
    expect(pairs.map((p) => [p.left?.text ?? null, p.right?.text ?? null])).toEqual([
      ["a", "a"],
      ["b", "B"],
      ["c", "C"],
      [null, "D"],
      ["z", "z"],
    ]);
  });
});

describe("wordChanges", () => {
  it("marks only the words that changed", () => {
    const change = wordChanges("Be brief and kind.", "Be short and kind.")!;
    expect(change.old.filter((s) => s.changed).map((s) => s.text)).toEqual(["brief"]);
    expect(change.new.filter((s) => s.changed).map((s) => s.text)).toEqual(["short"]);
    expect(change.new.map((s) => s.text).join("")).toBe("Be short and kind.");
  });

  it("gives nothing for a line replaced outright or too long to be worth it", () => {
    expect(wordChanges("alpha beta", "gamma delta")).toBeNull();
    expect(wordChanges("x ".repeat(1500), "y ".repeat(1500))).toBeNull();
  });
});
