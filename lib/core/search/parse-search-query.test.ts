import { describe, expect, it } from "vitest";
import { parseSearchQuery, snippetParts, toFts5Match, toTsQuery } from "./parse-search-query";

describe("the search syntax", () => {
  it("parses words, prefixes, phrases and filters", () => {
    const parsed = parseSearchQuery('Pirate capt* "walk the plank" well-known tag:ops tag:"two words" format:XML has:production by:me');
    expect(parsed.terms).toEqual([
      { kind: "word", words: ["pirate"] },
      { kind: "prefix", words: ["capt"] },
      { kind: "phrase", words: ["walk", "the", "plank"] },
      { kind: "phrase", words: ["well", "known"] },
    ]);
    expect(parsed.filters).toEqual({ tags: ["ops", "two words"], formats: ["xml"], labels: ["production"], folders: [], mine: true });
  });

  it("takes folder filters as normalized paths, and a path that is not one as words", () => {
    const parsed = parseSearchQuery('folder:/agents/backend/ folder:"my prompts/x" folder:../etc persona');
    expect(parsed.filters.folders).toEqual(["agents/backend", "my prompts/x"]);
    expect(parsed.terms).toEqual([
      { kind: "phrase", words: ["folder", "etc"] },
      { kind: "word", words: ["persona"] },
    ]);
    expect(parseSearchQuery("folder:a//b").filters.folders).toEqual([]);
  });

  it("turns the terms into each engine's query with nothing but quoted letters and digits", () => {
    const { terms } = parseSearchQuery(`a* "b c" d'); DROP -- NEAR(x) OR ' " \\`);
    expect(toFts5Match(terms)).toBe(`"a"* "b c" "d" "drop" "near x" "or"`);
    expect(toTsQuery(terms)).toBe(`'a':* & ('b' <-> 'c') & 'd' & 'drop' & ('near' <-> 'x') & 'or'`);
    expect(parseSearchQuery(`" ' * -- () :`).terms).toEqual([]);
    // An unknown key is searched as words, not dropped.
    expect(parseSearchQuery("title:pirate").terms).toEqual([{ kind: "phrase", words: ["title", "pirate"] }]);
  });

  it("cuts a marked snippet into plain and matched parts", () => {
    expect(snippetParts("…the \u0002pirate\u0003 sails")).toEqual([
      { text: "…the ", match: false },
      { text: "pirate", match: true },
      { text: " sails", match: false },
    ]);
  });
});
