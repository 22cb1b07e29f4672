import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CONFLICT_MARKERS, threeWayMerge } from "./three-way-merge";

const base = "alpha\nbeta\ngamma\ndelta\nepsilon\n";

describe("threeWayMerge", () => {
  it("combines edits to different lines", () => {
    const ours = "ALPHA\nbeta\ngamma\ndelta\nepsilon\n";
    const theirs = "alpha\nbeta\ngamma\ndelta\nEPSILON\n";
    expect(threeWayMerge(base, ours, theirs)).toEqual({
      clean: true,
      text: "ALPHA\nbeta\ngamma\ndelta\nEPSILON\n",
      conflicts: 0,
    });
  });

  it("combines an insertion on one side with a deletion on the other", () => {
    const ours = "alpha\nbeta\nnew line\ngamma\ndelta\nepsilon\n";
    const theirs = "alpha\nbeta\ngamma\nepsilon\n";
    expect(threeWayMerge(base, ours, theirs).text).toBe("alpha\nbeta\nnew line\ngamma\nepsilon\n");
  });

  it("merges adjacent but separate changes", () => {
    const ours = "alpha\nBETA\ngamma\ndelta\nepsilon\n";
    const theirs = "alpha\nbeta\nGAMMA\ndelta\nepsilon\n";
    expect(threeWayMerge(base, ours, theirs)).toMatchObject({ clean: true, text: "alpha\nBETA\nGAMMA\ndelta\nepsilon\n" });
  });

  it("accepts the same change made on both sides", () => {
    const both = "alpha\nbeta\nGAMMA\ndelta\nepsilon\n";
    expect(threeWayMerge(base, both, both)).toMatchObject({ clean: true, text: both });
    const ours = "alpha\nbeta\nGAMMA\ndelta\nEPSILON\n";
    expect(threeWayMerge(base, ours, both)).toMatchObject({ clean: true, text: ours });
  });

  it("reports overlapping changes as a conflict with both sides in it", () => {
    const ours = "alpha\nbeta\nmine\ndelta\nepsilon\n";
    const theirs = "alpha\nbeta\ntheirs\ndelta\nepsilon\n";
    const result = threeWayMerge(base, ours, theirs);
    expect(result.clean).toBe(false);
    expect(result.conflicts).toBe(1);
    expect(result.text).toBe(
      `alpha\nbeta\n${CONFLICT_MARKERS.ours}\nmine\n${CONFLICT_MARKERS.base}\ntheirs\n${CONFLICT_MARKERS.theirs}\ndelta\nepsilon\n`,
    );
  });

  it("treats two different insertions at the same place as a conflict", () => {
    const result = threeWayMerge("a\nb\n", "a\nX\nb\n", "a\nY\nb\n");
    expect(result).toMatchObject({ clean: false, conflicts: 1 });
  });

  it("keeps CRLF line endings and a missing final newline", () => {
    const crlf = "one\r\ntwo\r\nthree";
    expect(threeWayMerge(crlf, "ONE\r\ntwo\r\nthree", "one\r\ntwo\r\nTHREE").text).toBe("ONE\r\ntwo\r\nTHREE");
  });

  it("never loses a side when only one side changed", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 5 }), { maxLength: 12 }), fc.array(fc.string({ maxLength: 5 }), { maxLength: 12 }), (b, o) => {
        const baseText = b.join("\n");
        const oursText = o.join("\n");
        expect(threeWayMerge(baseText, oursText, baseText)).toEqual({ clean: true, text: oursText, conflicts: 0 });
        expect(threeWayMerge(baseText, baseText, oursText).text).toBe(oursText);
      }),
    );
  });

  it("applies non-overlapping edits from both sides (property)", () => {
    // Each side edits its own half of the lines: the merge must contain both edits.
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z]{1,4}$/), { minLength: 4, maxLength: 16 }), fc.nat(), fc.nat(), (lines, i, j) => {
        const half = Math.floor(lines.length / 2);
        const a = i % half;
        const b = half + 1 + (j % Math.max(1, lines.length - half - 1));
        if (b >= lines.length) return;
        const text = (ls: string[]) => ls.map((line) => `${line}\n`).join("");
        const ours = [...lines];
        ours[a] = "OURS";
        const theirs = [...lines];
        theirs[b] = "THEIRS";
        const expected = [...lines];
        expected[a] = "OURS";
        expected[b] = "THEIRS";
        expect(threeWayMerge(text(lines), text(ours), text(theirs))).toEqual({ clean: true, text: text(expected), conflicts: 0 });
      }),
    );
  });
});
