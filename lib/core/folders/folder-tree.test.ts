import { describe, expect, it } from "vitest";
import { buildFolderTree } from "./folder-tree";

describe("the folder tree", () => {
  it("counts documents directly inside and below, including folders holding only folders", () => {
    const tree = buildFolderTree([
      { folder: "", count: 2 },
      { folder: "agents/backend", count: 3 },
      { folder: "agents/backend/db", count: 1 },
      { folder: "agents", count: 1 },
      { folder: "zeta/deep/er", count: 4 },
    ]);
    expect(tree.rootDirect).toBe(2);
    expect(tree.total).toBe(11);
    expect(tree.folders.map(({ path, direct, total, depth, hasChildren }) => [path, direct, total, depth, hasChildren])).toEqual([
      ["agents", 1, 5, 0, true],
      ["agents/backend", 3, 4, 1, true],
      ["agents/backend/db", 1, 1, 2, false],
      ["zeta", 0, 4, 0, true],
      ["zeta/deep", 0, 4, 1, true],
      ["zeta/deep/er", 4, 4, 2, false],
    ]);
  });

  it("orders siblings by name (numbers as numbers, case aside) with children under their parent", () => {
    const tree = buildFolderTree(["b", "a-x", "a/z", "A2", "a10", "a9", "a"].map((folder) => ({ folder, count: 1 })));
    expect(tree.folders.map((node) => node.path)).toEqual(["a", "a/z", "a-x", "A2", "a9", "a10", "b"]);
    expect(tree.folders.find((node) => node.path === "a")).toMatchObject({ name: "a", direct: 1, total: 2, hasChildren: true });
    expect(tree.folders.find((node) => node.path === "a-x")?.hasChildren).toBe(false);
  });

  it("is empty for an empty library", () => {
    expect(buildFolderTree([])).toEqual({ rootDirect: 0, total: 0, folders: [] });
  });
});
