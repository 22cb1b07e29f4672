import { describe, expect, it } from "vitest";
import { render } from "../template";
import { toBlocks, toPieces } from "./preview-blocks";

describe("preview pieces and blocks", () => {
  const result = render("a {{x}}\nb\nc {{y}}\nd\n", { x: "X" }, { trackSegments: true });

  it("splits the output into plain text and highlighted values, keeping every character", () => {
    const pieces = toPieces(result, 100, 1000);
    expect(pieces).toEqual([
      { text: "a " },
      { text: "X", variable: "x", missing: false },
      { text: "\nb\nc " },
      { text: "{{y}}", variable: "y", missing: true },
      { text: "\nd\n" },
    ]);
    expect(pieces.map((p) => p.text).join("")).toBe(result.text);
  });

  it("drops highlights past the limit and cuts at the character budget", () => {
    expect(toPieces(result, 1, 1000)).toEqual([{ text: result.text }]);
    expect(toPieces(result, 100, 4).map((p) => p.text).join("")).toBe("a X\n");
  });

  it("groups whole lines into blocks without losing or reordering text", () => {
    const blocks = toBlocks(toPieces(result, 100, 1000), 2);
    expect(blocks.map((block) => block.map((p) => p.text).join(""))).toEqual(["a X\nb\n", "c {{y}}\nd\n"]);
    expect(blocks.flat().map((p) => p.text).join("")).toBe(result.text);
  });
});
