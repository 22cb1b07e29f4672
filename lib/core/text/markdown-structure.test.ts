import { describe, expect, it } from "vitest";
import { structurePreview } from "./markdown-structure";

describe("structurePreview", () => {
  it("turns frontmatter into key/value entries and keeps the body as Markdown", () => {
    const blocks = structurePreview("---\nname: docs-agent\ntools: [Read, Grep]\nmodel: sonnet\n---\n# Docs\n\nHello");
    expect(blocks).toEqual([
      { kind: "frontmatter", entries: [["name", "docs-agent"], ["tools", "Read, Grep"], ["model", "sonnet"]], raw: "name: docs-agent\ntools: [Read, Grep]\nmodel: sonnet", error: null },
      { kind: "markdown", text: "# Docs\n\nHello" },
    ]);
  });

  it("keeps invalid frontmatter visible with the reason", () => {
    const [block] = structurePreview("---\nname: [unclosed\n---\nbody");
    expect(block).toMatchObject({ kind: "frontmatter", entries: [], raw: "name: [unclosed" });
    expect(block?.kind === "frontmatter" && block.error).toMatch(/not valid YAML/);
  });

  it("nests XML-style sections and the Markdown around and inside them", () => {
    const blocks = structurePreview("Intro\n<system>\nBe brief.\n<rules attr=\"x\">\n- one\n</rules>\n</system>\nOutro");
    expect(blocks).toEqual([
      { kind: "markdown", text: "Intro" },
      {
        kind: "section",
        tag: "system",
        children: [
          { kind: "markdown", text: "Be brief." },
          { kind: "section", tag: "rules", children: [{ kind: "markdown", text: "- one" }] },
        ],
      },
      { kind: "markdown", text: "Outro" },
    ]);
  });

  it("leaves tags in code fences, unclosed tags and self-closing tags as text", () => {
    const text = "```\n<example>\n```\n<open>\nstill text\n<br/>\n</example>";
    expect(structurePreview(text)).toEqual([{ kind: "markdown", text }]);
  });

  it("closes an inner unclosed tag when its outer section ends", () => {
    const blocks = structurePreview("<outer>\n<inner>\ntext\n</outer>");
    expect(blocks).toEqual([{ kind: "section", tag: "outer", children: [{ kind: "markdown", text: "<inner>\ntext" }] }]);
  });
});
