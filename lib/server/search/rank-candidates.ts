import type { SearchHit } from "./search-index";

/**
 * How many matches a search scores: the newest this many matching in a title, description or
 * tag, and the newest this many overall. Scoring reads a match's whole index entry (PostgreSQL
 * detoasts its tsvector, FTS5 reads its position lists), which for a word in every one of
 * 10,000 documents cost hundreds of milliseconds; finding and ordering the matches costs little.
 */
export const RANKED_CANDIDATES = 200;

export interface Candidate<K> {
  documentId: string;
  key: K;
  /** Matches in a title, description or tag. */
  head: boolean;
}

/**
 * A search's hits from its matches (newest first): the candidates, scored by `score` and best
 * first, then every other match, newest first. With at most RANKED_CANDIDATES matches that is
 * every match ranked; past it, a title or tag match still comes first, and the body matches
 * ranked are the newest documents' (a word in thousands of documents says little about any).
 */
export async function rankCandidates<K>(
  matches: Candidate<K>[],
  score: (candidates: Candidate<K>[]) => Promise<Map<K, number>>,
): Promise<SearchHit[]> {
  const chosen = new Set([...matches.filter((match) => match.head).slice(0, RANKED_CANDIDATES), ...matches.slice(0, RANKED_CANDIDATES)]);
  const candidates = [...chosen];
  const scores = candidates.length > 0 ? await score(candidates) : new Map<K, number>();
  const ranked = candidates
    .map((candidate) => ({ documentId: candidate.documentId, rank: scores.get(candidate.key) ?? Number.NEGATIVE_INFINITY }))
    .sort((a, b) => b.rank - a.rank || (a.documentId < b.documentId ? -1 : 1));
  const lowest = ranked.at(-1)?.rank ?? 0;
  // The rest rank below every scored candidate, in the newest-first order they came in.
  const rest = matches.filter((match) => !chosen.has(match)).map((match, i) => ({ documentId: match.documentId, rank: lowest - 1 - i }));
  return [...ranked, ...rest];
}
