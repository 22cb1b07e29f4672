import { describe, expect, it } from "vitest";
import { authorLine, coAuthorsOf, needsSnapshot, snapshotTitle } from "./draft-history";

const copy = (content: string, type: "text" | "multiline" = "text") => ({ content, variables: [{ name: "Request", type }] });

describe("snapshot triggers", () => {
  it("keep a draft holding work that is in no version", () => {
    expect(needsSnapshot({ draft: copy("typed"), base: copy("v1") })).toBe(true);
    expect(needsSnapshot({ draft: copy("typed"), base: copy("v1"), incoming: copy("v3"), last: copy("older") })).toBe(true);
  });

  it("keep a draft whose only change is its form", () => {
    expect(needsSnapshot({ draft: copy("v1", "multiline"), base: copy("v1") })).toBe(true);
  });

  it("skip a draft that is its base version, what replaces it, or its newest snapshot", () => {
    expect(needsSnapshot({ draft: copy("v1"), base: copy("v1") })).toBe(false);
    expect(needsSnapshot({ draft: copy("same"), base: copy("v1"), incoming: copy("same") })).toBe(false);
    expect(needsSnapshot({ draft: copy("typed"), base: copy("v1"), last: copy("typed") })).toBe(false);
    expect(needsSnapshot({ draft: copy("typed"), base: copy("v1"), last: copy("typed", "multiline") })).toBe(true);
  });

  it("keep a draft with no known base", () => {
    expect(needsSnapshot({ draft: copy("anything"), base: null })).toBe(true);
  });
});

describe("co-authors", () => {
  it("are the draft's editors since its base, without the author, once each", () => {
    expect(coAuthorsOf(["Ben", "Ana", "Cy", "Ben"], "Ana")).toEqual(["Ben", "Cy"]);
    expect(coAuthorsOf(["Ana"], "Ana")).toEqual([]);
    expect(coAuthorsOf(["", " ", "Ben"], "Ana")).toEqual(["Ben"]);
  });

  it("read as one line", () => {
    expect(authorLine("Ana", [])).toBe("Ana");
    expect(authorLine("Ana", ["Ben"])).toBe("Ana with Ben");
    expect(authorLine("Ana", ["Ben", "Cy"])).toBe("Ana with Ben and Cy");
  });
});

describe("snapshot titles", () => {
  it("say why the draft was kept and by whom", () => {
    expect(snapshotTitle({ reason: "before-restore", actorName: "Ana", baseNumber: 2 })).toBe("Draft before restore, by Ana");
    expect(snapshotTitle({ reason: "before-snapshot-restore", actorName: "Ben", baseNumber: 2 })).toBe("Draft before restoring an earlier draft, by Ben");
    expect(snapshotTitle({ reason: "periodic", actorName: "", baseNumber: 4 })).toBe("Draft while editing (based on v4)");
  });
});
