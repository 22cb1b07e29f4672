/**
 * The library's search syntax, parsed once and turned into each engine's own query language
 * (FTS5 MATCH, PostgreSQL tsquery) by the builders below. Words are reduced to letters and
 * digits before they reach an engine, so no input can smuggle operators, quotes or syntax
 * errors into either: a hostile query is just fewer (or no) words.
 *
 *   word          documents containing the word (any case)
 *   word*         words starting with it
 *   well-known    words joined by punctuation: a phrase
 *   "two words"   the words next to each other, in order
 *   tag:ops  format:xml  has:production  by:me   filters (several combine with AND)
 *   folder:agents/backend  folder:"my prompts"   in that folder or below (a path that is not a
 *                 folder path, such as `folder:../x`, is searched as words instead)
 */
import { folderPathProblem, normalizeFolderPath } from "../folders/folder-path";

export interface SearchTerm {
  kind: "word" | "prefix" | "phrase";
  words: string[];
}

export interface SearchFilters {
  tags: string[];
  formats: string[];
  labels: string[];
  /** Folder paths (normalized): documents in each or below it. */
  folders: string[];
  /** Only documents with a version saved by the person searching. */
  mine: boolean;
}

export interface ParsedSearch {
  terms: SearchTerm[];
  filters: SearchFilters;
}

export const MAX_SEARCH_QUERY_LENGTH = 500;
const MAX_TERMS = 32;
const MAX_WORD_LENGTH = 64;

const WORD = /[\p{L}\p{N}]+/gu;

function wordsOf(text: string): string[] {
  return (text.toLowerCase().match(WORD) ?? []).map((word) => word.slice(0, MAX_WORD_LENGTH));
}

export function parseSearchQuery(query: string): ParsedSearch {
  const filters: SearchFilters = { tags: [], formats: [], labels: [], folders: [], mine: false };
  const terms: SearchTerm[] = [];
  // A phrase in quotes, a filter, or a bare token; an unclosed quote runs to the end.
  const tokens = query.matchAll(/"([^"]*)"?|([a-z]+):("[^"]*"|\S+)|(\S+)/giu);
  for (const [, phrase, key, value, bare] of tokens) {
    if (phrase !== undefined) {
      const words = wordsOf(phrase);
      if (words.length === 1) terms.push({ kind: "word", words });
      else if (words.length > 1) terms.push({ kind: "phrase", words });
    } else if (key !== undefined && value !== undefined && applyFilter(filters, key.toLowerCase(), value.replace(/^"|"$/g, "").trim())) {
      continue;
    } else {
      const text = bare ?? `${key}:${value}`;
      const words = wordsOf(text);
      // Joined by punctuation (`well-known`, `agents/backend`), words are matched as a phrase.
      if (words.length > 1) terms.push({ kind: "phrase", words });
      else if (words.length === 1) terms.push({ kind: text.endsWith("*") ? "prefix" : "word", words });
    }
  }
  return { terms: terms.slice(0, MAX_TERMS), filters };
}

function applyFilter(filters: SearchFilters, key: string, value: string): boolean {
  if (!value) return false;
  switch (key) {
    case "tag":
      filters.tags.push(value);
      return true;
    case "format":
      filters.formats.push(value.toLowerCase());
      return true;
    case "has":
    case "label":
      filters.labels.push(value);
      return true;
    case "folder": {
      const path = normalizeFolderPath(value);
      if (folderPathProblem(path) !== null) return false;
      filters.folders.push(path);
      return true;
    }
    case "by":
      if (value.toLowerCase() !== "me") return false;
      filters.mine = true;
      return true;
    default:
      return false;
  }
}

/** SQLite FTS5 MATCH: every term quoted (so it is only ever a string), AND between terms. */
export function toFts5Match(terms: SearchTerm[]): string {
  return terms
    .map((term) => (term.kind === "prefix" ? `"${term.words[0]}"*` : `"${term.words.join(" ")}"`))
    .join(" ");
}

/** PostgreSQL to_tsquery('simple', …): quoted lexemes, `:*` for prefixes, `<->` for phrases. */
export function toTsQuery(terms: SearchTerm[]): string {
  return terms
    .map((term) => {
      if (term.kind === "prefix") return `'${term.words[0]}':*`;
      if (term.kind === "phrase") return `(${term.words.map((word) => `'${word}'`).join(" <-> ")})`;
      return `'${term.words[0]}'`;
    })
    .join(" & ");
}

/** A snippet as the engines return it, the matched words between \u0002 and \u0003, cut into parts. */
export function snippetParts(marked: string): { text: string; match: boolean }[] {
  const parts: { text: string; match: boolean }[] = [];
  for (const [, match, plain] of marked.matchAll(/\u0002([^\u0003]*)\u0003?|([^\u0002]+)/gu)) {
    const text = (match ?? plain ?? "").replace(/[\u0002\u0003]/g, "");
    if (text) parts.push({ text, match: match !== undefined });
  }
  return parts;
}
