import { describe, expect, it } from "vitest";
import { findSnippet } from "./find-snippet";
import { parseSearchQuery, snippetParts } from "./parse-search-query";

const snippet = (text: string, query: string) => findSnippet(text, parseSearchQuery(query).terms);
const marks = (text: string, query: string) => snippetParts(snippet(text, query)?.marked ?? "").filter((p) => p.match).map((p) => p.text);

describe("findSnippet", () => {
  it("marks the first occurrence of a word with the words around it and its line", () => {
    const found = snippet("# Notes\n\nline two\nwe once met a Pirate here\nanother pirate\n", "pirate");
    expect(found?.line).toBe(4);
    expect(marks("# Notes\n\nline two\nwe once met a Pirate here\n", "pirate")).toEqual(["Pirate"]);
    expect(snippetParts(found!.marked).map((p) => p.text).join("")).toContain("once met a Pirate here");
  });

  it("matches as the index does: whole words, any case, accents folded, prefixes, phrases in order", () => {
    expect(snippet("piratey pirates", "pirate")).toBeNull();
    expect(marks("piratey pirates", "pirat*")).toEqual(["piratey", "pirates"]);
    expect(marks("un café noir", "cafe")).toEqual(["café"]);
    expect(marks("the brown quick fox, the quick brown fox", '"quick brown"')).toEqual(["quick brown"]);
    expect(snippet("the brown quick fox", '"quick brown"')).toBeNull();
    expect(marks("use well-known names", "well-known")).toEqual(["well-known"]);
  });

  it("prefers the window holding every term over the first lone match", () => {
    const text = `alpha ${"filler ".repeat(60)}\nalpha and beta together\n`;
    const found = snippet(text, "alpha beta");
    expect(found?.line).toBe(2);
    expect(snippetParts(found!.marked).filter((p) => p.match).map((p) => p.text)).toEqual(["alpha", "beta"]);
    expect(found!.marked.startsWith("…")).toBe(true);
  });

  it("cuts long text to a window, with … on the sides it cut", () => {
    const found = snippet(`${"before ".repeat(100)}needle${" after".repeat(100)}`, "needle")!;
    expect(found.marked).toMatch(/^…(before ){4}\u0002needle\u0003( after){19}…$/);
  });

  it("stops reading at the match: the rest of a huge document is never tokenized", () => {
    const huge = `needle here\n${"word ".repeat(2_000_000)}`;
    const start = performance.now();
    expect(snippet(huge, "needle")?.line).toBe(1);
    // Tokenizing 10 MB would take hundreds of milliseconds; the window is read in microseconds.
    expect(performance.now() - start).toBeLessThan(50);
  });
});

describe("findSnippet's bound", () => {
  it("looks at most a thousand words past the first match for a better window", () => {
    const near = `alpha ${"filler ".repeat(500)}alpha beta\n`;
    expect(snippet(near, "alpha beta")?.marked).toContain("\u0002beta\u0003");
    const far = `alpha ${"filler ".repeat(1500)}alpha beta\n`;
    const found = snippet(far, "alpha beta")!;
    expect(found.line).toBe(1);
    expect(snippetParts(found.marked).filter((p) => p.match).map((p) => p.text)).toEqual(["alpha"]);
  });
});
