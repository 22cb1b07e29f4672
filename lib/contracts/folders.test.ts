import { describe, expect, it } from "vitest";
import { folderPathSchema, moveFolderSchema } from "./folders";

describe("the folder path contract", () => {
  it("accepts and normalizes folder paths", () => {
    expect(folderPathSchema.parse("/agents/backend/")).toBe("agents/backend");
    expect(folderPathSchema.parse(" agents / backend ")).toBe("agents/backend");
    expect(folderPathSchema.parse("")).toBe("");
    expect(folderPathSchema.parse("/")).toBe("");
  });

  it("refuses traversal, empty segments, backslashes, control characters and oversize paths with a reason", () => {
    for (const bad of ["../x", "a/../b", "a//b", "./a", "a\\b", "a\nb", "x".repeat(101), Array(17).fill("a").join("/"), "a/".repeat(3000)]) {
      const result = folderPathSchema.safeParse(bad);
      expect(result.success, bad).toBe(false);
      expect(result.error?.issues[0]?.message).toMatch(/folder|Folder|Use/);
    }
    expect(folderPathSchema.safeParse(42).success).toBe(false);
  });

  it("does not move the top level itself", () => {
    expect(moveFolderSchema.safeParse({ from: "/", to: "x" }).success).toBe(false);
    expect(moveFolderSchema.parse({ from: "a/", to: "/b" })).toEqual({ from: "a", to: "b" });
  });
});
