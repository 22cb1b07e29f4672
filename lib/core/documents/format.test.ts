import { describe, expect, it } from "vitest";
import { detectFormat } from "./format";

describe("detectFormat", () => {
  it("detects an agent file from frontmatter with a name or description", () => {
    expect(detectFormat("---\nname: a\ntools: Read\n---\nYou are a.")).toBe("agent");
    expect(detectFormat("---\ndescription: helper\n---\n# Title")).toBe("agent");
  });

  it("does not call frontmatter without name or description an agent file", () => {
    expect(detectFormat("---\nlayout: post\n---\n# Title\n")).toBe("markdown");
  });

  it("detects XML sections when the document opens with a tagged section", () => {
    expect(detectFormat("<system>\nYou are x.\n</system>\n\n<instructions>\n# Do this\n</instructions>")).toBe("xml");
  });

  it("keeps a Markdown document with one tagged block near the end as Markdown", () => {
    expect(detectFormat("## Rules\n\n- one\n\n<thinking>\nthink\n</thinking>\n")).toBe("markdown");
  });

  it("ignores tags that only appear inside code fences", () => {
    expect(detectFormat("Intro\n```\n<system>\nx\n</system>\n```\n")).toBe("markdown");
  });

  it("finds XML sections in an otherwise unstructured document", () => {
    expect(detectFormat("Preamble text.\n<rules>\nBe brief.\n</rules>\n")).toBe("xml");
  });

  it("falls back to plain text", () => {
    expect(detectFormat("You are a meeting summarizer. Keep it short.")).toBe("plain");
  });
});
