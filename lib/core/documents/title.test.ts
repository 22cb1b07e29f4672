import { describe, expect, it } from "vitest";
import { inferTitle } from "./title";

describe("inferTitle", () => {
  it("prefers the frontmatter name over a heading, a You-are sentence and the file name", () => {
    const content = "---\nname: reviewer\ndescription: Reviews code\n---\n# Heading\nYou are Ada Lovelace, a reviewer.\n";
    expect(inferTitle(content, "file.md")).toBe("reviewer");
  });

  it("reads frontmatter written with CRLF line endings", () => {
    expect(inferTitle("---\r\nname: crlf-agent\r\n---\r\nBody\r\n", "x.md")).toBe("crlf-agent");
  });

  it("uses the first level-one heading when there is no frontmatter name", () => {
    expect(inferTitle("intro\n## Not this\n# Support guide ##\nYou are Ada Lovelace, x.", "f.md")).toBe(
      "Support guide",
    );
  });

  it("ignores `# ` lines inside fenced code blocks", () => {
    const content = "You are Grace Hopper, a compiler expert.\n\n```sh\n# install dependencies\nnpm ci\n```\n";
    expect(inferTitle(content, "f.md")).toBe("Grace Hopper");
  });

  it("takes the name from an opening You-are sentence, even inside an XML tag", () => {
    expect(inferTitle("<system>\nYou are Alex Rivera, a full-stack developer.\n</system>", "f.txt")).toBe(
      "Alex Rivera",
    );
  });

  it("turns a role sentence into a title when no name is given", () => {
    const content = "## ROLE\n\nYou are a staff-level software engineer with 15+ years of experience.";
    expect(inferTitle(content, "f.md")).toBe("Staff-level software engineer");
  });

  it("does not look for You-are sentences deep in the document", () => {
    const filler = Array.from({ length: 20 }, (_, i) => `Line ${i}`).join("\n");
    expect(inferTitle(`${filler}\nYou are Ada Lovelace, late.`, "notes/deep-file.txt")).toBe("deep-file");
  });

  it("falls back to the file name without folder or extension", () => {
    expect(inferTitle("just some words", "prompts/summarizer.v2.txt")).toBe("summarizer.v2");
  });

  it("caps very long titles", () => {
    const title = inferTitle(`# ${"word ".repeat(60)}`, "f.md");
    expect(title.length).toBeLessThanOrEqual(120);
    expect(title.endsWith("…")).toBe(true);
  });
});
