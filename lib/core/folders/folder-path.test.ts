import { describe, expect, it } from "vitest";
import {
  folderBreadcrumbs,
  folderName,
  folderPathProblem,
  isInsideFolder,
  joinFolder,
  normalizeFolderPath,
  parentFolder,
  reparentFolder,
} from "./folder-path";

describe("folder paths", () => {
  it("normalizes surrounding slashes and whitespace but keeps inner empty segments to refuse", () => {
    expect(normalizeFolderPath(" /agents / backend/ ")).toBe("agents/backend");
    expect(normalizeFolderPath("///")).toBe("");
    expect(normalizeFolderPath("  ")).toBe("");
    expect(normalizeFolderPath("a//b")).toBe("a//b");
  });

  it("names what is wrong with a path", () => {
    expect(folderPathProblem("")).toBeNull();
    expect(folderPathProblem("agents/backend")).toBeNull();
    expect(folderPathProblem("Équipe ünï/日本語 ok")).toBeNull();
    expect(folderPathProblem("a//b")).toMatch(/empty/);
    expect(folderPathProblem("../x")).toMatch(/not a folder name/);
    expect(folderPathProblem("a/./b")).toMatch(/not a folder name/);
    expect(folderPathProblem("a\\b")).toMatch(/not “\\”/);
    expect(folderPathProblem("a\tb")).toMatch(/control/);
    expect(folderPathProblem("a\u0085b")).toMatch(/control/);
    expect(folderPathProblem("x".repeat(100))).toBeNull();
    expect(folderPathProblem("x".repeat(101))).toMatch(/100 characters/);
    expect(folderPathProblem(Array(16).fill("a").join("/"))).toBeNull();
    expect(folderPathProblem(Array(17).fill("a").join("/"))).toMatch(/16 deep/);
    expect(folderPathProblem(Array(6).fill("x".repeat(90)).join("/"))).toMatch(/512 characters/);
    // "..." is a name like any other: only "." and ".." mean something in paths.
    expect(folderPathProblem("...")).toBeNull();
  });

  it("finds parents, names and breadcrumbs", () => {
    expect(parentFolder("agents/backend/db")).toBe("agents/backend");
    expect(parentFolder("agents")).toBe("");
    expect(parentFolder("")).toBe("");
    expect(folderName("agents/backend")).toBe("backend");
    expect(folderName("")).toBe("");
    expect(folderBreadcrumbs("agents/backend")).toEqual([
      { name: "", path: "" },
      { name: "agents", path: "agents" },
      { name: "backend", path: "agents/backend" },
    ]);
    expect(folderBreadcrumbs("")).toEqual([{ name: "", path: "" }]);
  });

  it("joins and tells what lies inside a folder by whole segments", () => {
    expect(joinFolder("", "a/b")).toBe("a/b");
    expect(joinFolder("a", "")).toBe("a");
    expect(joinFolder("a", "b/c")).toBe("a/b/c");
    expect(isInsideFolder("agents/backend", "agents")).toBe(true);
    expect(isInsideFolder("agents", "agents")).toBe(true);
    expect(isInsideFolder("agents-old/x", "agents")).toBe(false);
    expect(isInsideFolder("agent", "agents")).toBe(false);
    expect(isInsideFolder("anything", "")).toBe(true);
    expect(isInsideFolder("", "agents")).toBe(false);
  });

  it("moves a folder's descendants with it and leaves other paths alone", () => {
    expect(reparentFolder("agents/backend/db", "agents/backend", "services")).toBe("services/db");
    expect(reparentFolder("agents/backend", "agents/backend", "")).toBe("");
    expect(reparentFolder("agents/backend", "agents", "team/agents")).toBe("team/agents/backend");
    expect(reparentFolder("agents-old/x", "agents", "y")).toBe("agents-old/x");
  });
});
