import type { SearchTerm } from "@/lib/core/search/parse-search-query";
import type { Db } from "../db/client";

export interface SearchHit {
  documentId: string;
  /** Higher is better; comparable only within one search. */
  rank: number;
}

export interface SearchSnippet {
  /** Text around the best match, the matched words between \u0002 and \u0003 (snippetParts). */
  marked: string;
  /** The content line (1-based) of the first highlighted word, when the match is in the content. */
  line: number | null;
}

/**
 * The one place the engines' full-text indexes differ: SQLite's FTS5 table and PostgreSQL's
 * tsvector + GIN index (both built and kept in step by migration 20261129050000_library).
 * Use cases see only this interface, through searchIndexFor (search-index-for.ts).
 */
export interface SearchIndex {
  /** Documents of these workspaces matching every term, best first, at most `limit`. */
  match(db: Db, options: { workspaceIds: string[]; archived: boolean; terms: SearchTerm[]; limit: number }): Promise<SearchHit[]>;
  /** The snippet of each of these documents for the terms. */
  snippets(db: Db, options: { documentIds: string[]; terms: SearchTerm[] }): Promise<Map<string, SearchSnippet>>;
}
