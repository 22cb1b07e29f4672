import { toTsQuery, type SearchTerm } from "@/lib/core/search/parse-search-query";
import type { Db } from "../db/client";
import { rankCandidates } from "./rank-candidates";
import type { SearchIndex } from "./search-index";
import { snippetOf, type IndexedText } from "./snippet-of";

/** The title, description and tags as one text: "DocumentSearch_head_idx" (migration 20261130020000_search_speed) indexes exactly this expression. */
const HEAD = `to_tsvector('simple', s."title" || ' ' || s."description" || ' ' || s."tags")`;

/**
 * Runs `sql` with sequential scans and nested-loop joins priced out, and JIT compilation off.
 * The planner sees a table of a few hundred kilobytes (the vectors live in TOAST) and scans it,
 * detoasting and testing every document's vector, where the GIN index answers in a millisecond:
 * 18 ms instead of 0.1 ms for a word in no document at 2,000 documents, and growing with the
 * library. Nested loops: with statistics taken before a big import ended, the matches look like
 * a few dozen rows, and a nested loop over thousands of them compares every pair; a hash join
 * costs about the same when they are few. JIT: a plan that still holds a priced-out node costs
 * over 10^10, which makes PostgreSQL compile, inline and optimize it on every execution (about
 * 130 ms of CPU for a query that runs in 2).
 */
async function withIndexes<T>(db: Db, sql: string, ...values: unknown[]): Promise<T[]> {
  const [, rows] = await db.$transaction([
    db.$queryRawUnsafe(
      `SELECT set_config('enable_seqscan', 'off', true), set_config('enable_nestloop', 'off', true), set_config('jit', 'off', true)`,
    ),
    db.$queryRawUnsafe<T[]>(sql, ...values),
  ]);
  return rows;
}

/** PostgreSQL: the "DocumentSearch" table's generated tsvector under a GIN index. */
export const postgresqlSearch: SearchIndex = {
  async match(db, { workspaceIds, archived, terms, limit }) {
    if (workspaceIds.length === 0) return [];
    // Every match, newest first, from the GIN index alone (no vector is read), flagged when a
    // term is in the title, description or tags (its own small GIN index). A phrase the index
    // cannot confirm (it keeps no positions) is checked against each vector, newest first, only
    // until `limit` documents hold it, instead of for every document holding its words.
    const phrases = terms.some((term) => term.kind === "phrase");
    const words = terms.flatMap((term): SearchTerm[] => (term.kind === "phrase" ? term.words.map((word) => ({ kind: "word", words: [word] })) : [term]));
    // The matches come from the GIN index in a CTE of their own (MATERIALIZED: never folded into
    // the join), so no plan can test `@@` row by row against documents it reaches through
    // "Document": right after a big import, before autovacuum has analyzed the tables, the
    // planner believed "Document" held one row and did that, detoasting all 10,000 vectors for
    // every search (about 130 ms of CPU, even for a word in no document).
    const newest = `WITH "hits" AS MATERIALIZED (SELECT "documentId" FROM "DocumentSearch" WHERE "vector" @@ to_tsquery('simple', $1)),
         "heads" AS MATERIALIZED (SELECT h."documentId" FROM "DocumentSearch" h WHERE ${HEAD.replaceAll("s.", "h.")} @@ to_tsquery('simple', $2))
       SELECT d."id" AS "documentId", d."id" IN (SELECT "documentId" FROM "heads") AS "head"
       FROM "hits" JOIN "Document" d ON d."id" = "hits"."documentId"
       WHERE d."workspaceId" = ANY($3::text[]) AND d."archivedAt" IS ${archived ? "NOT NULL" : "NULL"}
       ORDER BY d."updatedAt" DESC, d."id" DESC`;
    const rows = await withIndexes<{ documentId: string; head: boolean }>(
      db,
      phrases
        ? // OFFSET 0 keeps the newest-first candidates a subquery; LATERAL … LIMIT 1 (which cannot be
          // flattened into a join) makes a nested loop walk them in that order, one vector at a time.
          `SELECT c."documentId", c."head" FROM (${newest} OFFSET 0) c
           CROSS JOIN LATERAL (SELECT 1 FROM "DocumentSearch" v WHERE v."documentId" = c."documentId" AND v."vector" @@ to_tsquery('simple', $5) LIMIT 1) "holds"
           LIMIT $4`
        : `${newest} LIMIT $4`,
      toTsQuery(words),
      terms.map((term) => `(${toTsQuery([term])})`).join(" | "),
      workspaceIds,
      limit,
      ...(phrases ? [toTsQuery(terms)] : []),
    );
    const matches = rows.map((row) => ({ documentId: row.documentId, key: row.documentId, head: row.head }));
    return rankCandidates(matches, async (candidates) => {
      const ranked = await db.$queryRawUnsafe<{ documentId: string; rank: number }[]>(
        `SELECT s."documentId" AS "documentId", ts_rank_cd(s."vector", to_tsquery('simple', $1))::float8 AS "rank"
         FROM "DocumentSearch" s WHERE s."documentId" = ANY($2::text[])`,
        toTsQuery(terms),
        candidates.map((candidate) => candidate.key),
      );
      return new Map(ranked.map((row) => [row.documentId, Number(row.rank)]));
    });
  },

  async snippets(db, { documentIds, terms }) {
    if (documentIds.length === 0) return new Map();
    // Only these documents' text, each read once; the snippet is cut in snippet-of.ts.
    const rows = await db.$queryRawUnsafe<IndexedText[]>(
      `SELECT "documentId", "title", "description", "tags", "content", "messages" FROM "DocumentSearch" WHERE "documentId" = ANY($1::text[])`,
      documentIds,
    );
    return new Map(rows.map((row) => [row.documentId, snippetOf(row, terms)]));
  },
};
