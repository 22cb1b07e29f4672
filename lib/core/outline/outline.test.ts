import { describe, expect, it } from "vitest";
import { buildOutline, sectionPathAt, type OutlineNode } from "./outline";
import { describeSectionChange, summarizeSectionChanges } from "./section-changes";

const shape = (nodes: OutlineNode[]): unknown[] =>
  nodes.map((node) => [node.title, node.startLine, node.endLine, ...(node.children.length ? [shape(node.children)] : [])]);

describe("buildOutline", () => {
  it("nests headings in tags and in each other, in document order", () => {
    const doc = [
      "---", "name: a", "---", // 1-3
      "<system>", "# Role", "text", "## Detail", "more", "</system>", // 4-9
      "<instructions>", "<rules>", "x", "</rules>", "</instructions>", // 10-14
      "# Closing", "end", // 15-16
    ].join("\n");
    expect(shape(buildOutline(doc))).toEqual([
      ["frontmatter", 1, 3],
      ["<system>", 4, 9, [["# Role", 5, 8, [["## Detail", 7, 8]]]]],
      ["<instructions>", 10, 14, [["<rules>", 11, 13]]],
      ["# Closing", 15, 16],
    ]);
  });

  it("ignores headings and tags inside code fences", () => {
    const doc = "# Setup\n```sh\n# not a heading\n<system>\n```\n## Next\n";
    expect(shape(buildOutline(doc))).toEqual([["# Setup", 1, 7, [["## Next", 6, 7]]]]);
  });

  it("closes an unclosed tag at the end of the document", () => {
    expect(shape(buildOutline("<examples>\none\ntwo"))).toEqual([["<examples>", 1, 3]]);
  });

  it("finds the sections containing a line", () => {
    const outline = buildOutline("<a>\n# H\nx\n</a>\n");
    expect(sectionPathAt(outline, 3).map((node) => node.title)).toEqual(["<a>", "# H"]);
    expect(sectionPathAt(outline, 5)).toEqual([]);
  });
});

describe("summarizeSectionChanges", () => {
  it("counts changed lines per innermost section", () => {
    const from = "<system>\nYou are A.\n</system>\n<instructions>\none\ntwo\nthree\n</instructions>\n";
    const to = "<system>\nYou are B.\n</system>\n<instructions>\nONE\nTWO\nthree\nfour\n</instructions>\n";
    const changes = summarizeSectionChanges(from, to);
    expect(changes).toEqual([
      { section: "<system>", linesChanged: 1 },
      { section: "<instructions>", linesChanged: 3 },
    ]);
    expect(changes.map(describeSectionChange)).toEqual([
      "<system>: 1 line changed",
      "<instructions>: 3 lines changed",
    ]);
  });

  it("places a deletion in the section it was removed from", () => {
    const changes = summarizeSectionChanges("intro\n# A\nx\ny\n", "intro\n# A\nx\n");
    expect(changes).toEqual([{ section: "# A", linesChanged: 1 }]);
  });

  it("reports nothing for identical versions", () => {
    expect(summarizeSectionChanges("same\n", "same\n")).toEqual([]);
  });
});

describe("template blocks in the outline", () => {
  it("shows a base persona's blocks and a document's parent, nested with the headings", () => {
    const base = "# Persona\n{{$tone}}\nBe brief.\n{{/tone}}\n## Rules\n{{$rules}}- cite sources{{/rules}}\n";
    expect(shape(buildOutline(base))).toEqual([["# Persona", 1, 7, [["{{$tone}}", 2, 4], ["## Rules", 5, 7, [["{{$rules}}", 6, 6]]]]]]);
    const child = "{{<base}}\n{{$tone}}\n# Tone\nBe warm.\n{{/tone}}\n{{/base}}\n";
    expect(shape(buildOutline(child))).toEqual([["{{<base}}", 1, 6, [["{{$tone}}", 2, 5, [["# Tone", 3, 5]]]]]]);
  });

  it("shows Jinja's blocks, and the parent a child extends over the rest of the document", () => {
    const base = "# Persona\n{% block tone %}\nBe brief.\n{% endblock %}\n## Rules\n{% block rules %}- cite{% endblock %}\n";
    expect(shape(buildOutline(base))).toEqual([["# Persona", 1, 7, [["{% block tone %}", 2, 4], ["## Rules", 5, 7, [["{% block rules %}", 6, 6]]]]]]);
    const child = 'Intro\n{% extends "base" %}\n{% block tone %}\nWarm.\n{% endblock %}\n';
    expect(shape(buildOutline(child))).toEqual([['{% extends "base" %}', 2, 6, [["{% block tone %}", 3, 5]]]]);
  });

  it("shows Go's block and define", () => {
    const doc = '{{define "footer"}}\nbye\n{{end}}\n{{block "body" .}}\nhi\n{{end}}\n';
    expect(shape(buildOutline(doc))).toEqual([['{{define "footer"}}', 1, 3], ['{{block "body"}}', 4, 6]]);
  });
});
