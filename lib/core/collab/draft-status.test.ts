import { describe, expect, it } from "vitest";
import type { DraftMeta } from "./draft-doc";
import { draftNoticeText, draftStatusText } from "./draft-status";

const meta = (overrides: Partial<DraftMeta> = {}): DraftMeta => ({ base: { number: 4, content: "saved" }, head: 4, savedBy: null, editors: [], notice: null, ...overrides });

describe("draftStatusText", () => {
  it("says the draft matches its version, and who saved it", () => {
    expect(draftStatusText(meta(), "saved", "Ada")).toBe("Draft matches v4");
    expect(draftStatusText(meta({ savedBy: "Ada" }), "saved", "Ada")).toBe("Draft matches v4 · saved by you");
    expect(draftStatusText(meta({ savedBy: "Grace" }), "saved", "Ada")).toBe("Draft matches v4 · saved by Grace");
  });

  it("names who changed a draft that differs, you first as 'you'", () => {
    expect(draftStatusText(meta({ editors: ["Ada", "Grace", "Linus"] }), "edited", "Ada")).toBe("Draft differs from v4 · changed by you, Grace, and Linus");
    expect(draftStatusText(meta(), "edited", "Ada")).toBe("Draft differs from v4");
  });

  it("warns when a newer version was saved outside the draft", () => {
    expect(draftStatusText(meta({ head: 6, editors: ["Grace"] }), "edited", "Ada")).toBe(
      "Draft differs from v4 · changed by Grace · v6 was saved elsewhere; saving merges it in",
    );
  });

  it("says nothing before the draft has loaded", () => {
    expect(draftStatusText(meta({ base: null }), "", "Ada")).toBe("");
  });

  it("says the draft differs when only its form settings changed", () => {
    expect(draftStatusText(meta({ editors: ["Grace"] }), "saved", "Ada", true)).toBe("Draft differs from v4 (form settings) · changed by Grace");
    expect(draftStatusText(meta(), "edited", "Ada", true)).toBe("Draft differs from v4");
  });
});

describe("draftNoticeText", () => {
  it("tells the others who restored what, and that their draft was kept", () => {
    const notice = { kind: "restored-version" as const, byName: "Ana", number: 3, kept: true };
    expect(draftNoticeText(notice, "Ben")).toBe("Ana restored v3; your draft was kept in Draft history");
    expect(draftNoticeText(notice, "Ana")).toBe("You restored v3; the draft it replaced was kept in Draft history");
    expect(draftNoticeText({ ...notice, kept: false }, "Ben")).toBe("Ana restored v3");
    expect(draftNoticeText({ kind: "restored-snapshot", byName: "Cy", kept: true }, "Ben")).toBe(
      "Cy restored an earlier draft; your draft was kept in Draft history",
    );
    expect(draftNoticeText(null, "Ben")).toBe("");
  });
});
