import { describe, expect, it } from "vitest";
import type { DraftMeta } from "./draft-doc";
import { draftStatusText } from "./draft-status";

const meta = (overrides: Partial<DraftMeta> = {}): DraftMeta => ({ base: { number: 4, content: "saved" }, head: 4, savedBy: null, editors: [], ...overrides });

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
});
