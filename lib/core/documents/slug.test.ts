import { describe, expect, it } from "vitest";
import { slugFromFileName, slugFromFolderAndFileName, slugify, uniqueSlug, withSuffix } from "./slug";

describe("slugs", () => {
  it("makes URL-safe lowercase ASCII slugs", () => {
    expect(slugify("Héllo, Wörld — Agent!")).toBe("hello-world-agent");
    expect(slugify("***")).toBe("document");
    expect(slugify("a".repeat(100))).toHaveLength(80);
  });

  it("derives the import key from the file name only", () => {
    expect(slugFromFileName("some/dir/000_4522.txt")).toBe("000-4522");
    expect(slugFromFileName("Agent File.yaml")).toBe("agent-file");
  });

  it("puts the folder in front of the file name's slug, cutting long folders from the left", () => {
    expect(slugFromFolderAndFileName("agents/backend", "README.md")).toBe("agents-backend-readme");
    expect(slugFromFolderAndFileName("", "README.md")).toBe("readme");
    expect(slugFromFolderAndFileName("日本", "notes.md")).toBe("notes");
    const deep = slugFromFolderAndFileName(`${"outer/".repeat(20)}inner`, "agent.md");
    expect(deep.length).toBeLessThanOrEqual(80);
    expect(deep).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*-inner-agent$/);
    const longName = `${"x".repeat(79)}.md`;
    expect(slugFromFolderAndFileName("a", longName)).toBe("x".repeat(79));
  });

  it("appends the first free number", () => {
    const taken = new Set(["doc", "doc-2"]);
    expect(uniqueSlug("doc", (slug) => taken.has(slug))).toBe("doc-3");
    expect(uniqueSlug("free", (slug) => taken.has(slug))).toBe("free");
  });

  it("adds a suffix within the length limit, without a doubled hyphen", () => {
    expect(withSuffix("doc", "k3f9")).toBe("doc-k3f9");
    const long = withSuffix(`${"a".repeat(74)}-${"b".repeat(5)}`, "k3f9");
    expect(long).toHaveLength(79);
    expect(long).toBe(`${"a".repeat(74)}-k3f9`);
  });
});
