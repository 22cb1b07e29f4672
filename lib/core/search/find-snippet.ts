import type { SearchTerm } from "./parse-search-query";

/**
 * The snippet of a search result, found in the text itself rather than by the engine: both
 * engines' snippet functions (FTS5 snippet(), PostgreSQL ts_headline) tokenize the whole
 * document for each result, which for twenty 30 KB results was most of a search's time. This
 * reads tokens only until it has a window holding every term (usually near the top), so its
 * cost is bounded by where the match is, not by the document's size: at most a thousand words
 * past the first match are looked at for a window with more of the terms.
 *
 * Words match as the SQLite index matches them: letters and digits, any case, accents folded.
 */
export interface FoundSnippet {
  /** About WINDOW words around the best match, matched words between \u0002 and \u0003, `…` where text was cut. */
  marked: string;
  /** Line (1-based) of the first marked word. */
  line: number;
}

const WINDOW = 24;
const LEAD = 4;
/** Past this many matches, or this many words after the first match, the best window so far is good enough. */
const MAX_MATCHES = 500;
const MAX_WORDS_PAST_FIRST = 1000;
const TOKEN = /[\p{L}\p{N}\p{M}]+/gu;

interface Token {
  start: number;
  end: number;
  folded: string;
}

interface Match {
  /** Index of its first token, and how many tokens it covers (a phrase covers several). */
  at: number;
  length: number;
  term: number;
}

export function foldWord(word: string): string {
  // ASCII words (nearly all of them) skip the costly normalization.
  return /^[\x00-\x7f]*$/.test(word) ? word.toLowerCase() : word.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

/** Whether `tokens` ending at index `i` complete the term; returns the first token's index or -1. */
function matchEnding(term: string[], kind: SearchTerm["kind"], tokens: Token[], i: number): number {
  const first = i - term.length + 1;
  if (first < 0) return -1;
  for (let k = 0; k < term.length; k++) {
    const word = tokens[first + k]!.folded;
    const last = k === term.length - 1;
    if (last && kind === "prefix" ? !word.startsWith(term[k]!) : word !== term[k]) return -1;
  }
  return first;
}

/** The best window of `text` for the terms (the most distinct terms, then the earliest), or null when none occurs. */
export function findSnippet(text: string, terms: readonly SearchTerm[]): FoundSnippet | null {
  if (terms.length === 0) return null;
  const wanted = terms.map((term) => term.words.map(foldWord));
  const tokens: Token[] = [];
  const matches: Match[] = [];
  const reader = new RegExp(TOKEN.source, "gu");
  const read = (): boolean => {
    const found = reader.exec(text);
    if (!found) return false;
    const i = tokens.push({ start: found.index, end: found.index + found[0].length, folded: foldWord(found[0]) }) - 1;
    wanted.forEach((words, term) => {
      const at = matchEnding(words, terms[term]!.kind, tokens, i);
      if (at >= 0) matches.push({ at, length: words.length, term });
    });
    return true;
  };
  // Read until a window holds every term (for one word: its first occurrence), or enough matches were seen.
  let anchor = -1;
  const enough = () => matches.length >= MAX_MATCHES || (matches.length > 0 && tokens.length > matches[0]!.at + MAX_WORDS_PAST_FIRST);
  while (anchor < 0 && !enough() && read()) anchor = windowWithEveryTerm(matches, terms.length);
  if (matches.length === 0) return null;
  if (anchor < 0) anchor = bestWindow(matches);
  const first = matches[anchor]!;
  const start = Math.max(0, first.at - LEAD);
  while (tokens.length < start + WINDOW + 1 && read());
  const end = Math.min(tokens.length, start + WINDOW);
  // Matches are found in the order they end: a phrase may start before a word found earlier.
  const shown = matches.filter((match) => match.at >= start && match.at + match.length <= end).sort((a, b) => a.at - b.at || b.length - a.length);
  let marked = start > 0 ? "…" : "";
  let cursor = tokens[start]!.start;
  for (const match of shown) {
    const from = tokens[match.at]!.start;
    if (from < cursor) continue; // overlapping matches (a word inside a phrase): marked once
    const to = tokens[match.at + match.length - 1]!.end;
    marked += `${text.slice(cursor, from)}\u0002${text.slice(from, to)}\u0003`;
    cursor = to;
  }
  marked += text.slice(cursor, tokens[end - 1]!.end) + (end < tokens.length ? "…" : "");
  return { marked: marked.replace(/\s+/g, " "), line: lineAt(text, tokens[(shown[0] ?? first).at]!.start) };
}

/** The first match of a window (ending at the newest match) that holds every term, or -1. */
function windowWithEveryTerm(matches: Match[], termCount: number): number {
  const last = matches.at(-1);
  if (!last) return -1;
  const seen = new Set<number>();
  let from = -1;
  for (let k = matches.length - 1; k >= 0 && matches[k]!.at >= last.at + last.length - WINDOW; k--) {
    seen.add(matches[k]!.term);
    from = k;
  }
  return seen.size === termCount ? from : -1;
}

/** The match starting the window with the most distinct terms (the earliest of equals). */
function bestWindow(matches: Match[]): number {
  let best = 0;
  let bestCount = 0;
  matches.forEach((from, j) => {
    const seen = new Set<number>();
    for (let k = j; k < matches.length && matches[k]!.at + matches[k]!.length <= from.at + WINDOW; k++) seen.add(matches[k]!.term);
    if (seen.size > bestCount) [best, bestCount] = [j, seen.size];
  });
  return best;
}

function lineAt(text: string, position: number): number {
  let line = 1;
  for (let at = text.indexOf("\n"); at !== -1 && at < position; at = text.indexOf("\n", at + 1)) line++;
  return line;
}
