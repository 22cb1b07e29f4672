import { describe, expect, it } from "vitest";
import { chooseSyncWorkspace } from "./choose-workspace";

const a = { workspaceId: "a", role: "editor" as const };
const b = { workspaceId: "b", role: "viewer" as const };

describe("the workspace a sync call acts in", () => {
  it("is the caller's only one, or the one named among those allowed", () => {
    expect(chooseSyncWorkspace([a], undefined)).toBe(a);
    expect(chooseSyncWorkspace([a, b], "b")).toBe(b);
  });

  it("must be named when the caller has several, and a workspace not allowed answers like none", () => {
    expect(() => chooseSyncWorkspace([a, b], undefined)).toThrow(expect.objectContaining({ code: "invalid_input" }));
    expect(() => chooseSyncWorkspace([a], "b")).toThrow(expect.objectContaining({ code: "not_found", message: "There is no such workspace." }));
    expect(() => chooseSyncWorkspace([], undefined)).toThrow(expect.objectContaining({ code: "not_found" }));
  });
});
