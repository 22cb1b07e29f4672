import { toTsQuery } from "@/lib/core/search/parse-search-query";
import type { SearchIndex, SearchSnippet } from "./search-index";

const HEADLINE_OPTIONS = "StartSel=\u0002, StopSel=\u0003, MaxWords=24, MinWords=10, MaxFragments=1";

/** PostgreSQL: the "DocumentSearch" table's generated tsvector under a GIN index. */
export const postgresqlSearch: SearchIndex = {
  async match(db, { workspaceIds, archived, terms, limit }) {
    if (workspaceIds.length === 0) return [];
    const rows = await db.$queryRawUnsafe<{ documentId: string; rank: number }[]>(
      `SELECT s."documentId" AS "documentId", ts_rank_cd(s."vector", q)::float8 AS "rank"
       FROM "DocumentSearch" s JOIN "Document" d ON d."id" = s."documentId", to_tsquery('simple', $1) q
       WHERE s."vector" @@ q AND d."workspaceId" = ANY($2::text[]) AND d."archivedAt" IS ${archived ? "NOT NULL" : "NULL"}
       ORDER BY "rank" DESC, s."documentId" LIMIT $3`,
      toTsQuery(terms),
      workspaceIds,
      limit,
    );
    return rows.map((row) => ({ documentId: row.documentId, rank: Number(row.rank) }));
  },

  async snippets(db, { documentIds, terms }) {
    if (documentIds.length === 0) return new Map();
    const rows = await db.$queryRawUnsafe<{ documentId: string; content: string; any: string; line: number | null }[]>(
      // MATERIALIZED: each headline is computed once per row, not once per reference to it.
      `WITH "hit" AS MATERIALIZED (
         SELECT s."documentId", s."content" AS "text",
           ts_headline('simple', s."content", q, $3) AS "content",
           ts_headline('simple', s."title" || ' ' || s."description" || ' ' || s."tags" || ' ' || s."messages", q, $3) AS "any"
         FROM "DocumentSearch" s, to_tsquery('simple', $1) q
         WHERE s."documentId" = ANY($2::text[])
       ), "located" AS MATERIALIZED (
         SELECT *, CASE WHEN strpos("content", chr(2)) > 0
           THEN strpos("text", substr("content", strpos("content", chr(2)) + 1, strpos("content", chr(3)) - strpos("content", chr(2)) - 1))
           ELSE 0 END AS "pos"
         FROM "hit"
       )
       SELECT "documentId", "content", "any",
         CASE WHEN "pos" > 0 THEN (1 + length(substr("text", 1, "pos")) - length(replace(substr("text", 1, "pos"), chr(10), '')))::int END AS "line"
       FROM "located"`,
      toTsQuery(terms),
      documentIds,
      HEADLINE_OPTIONS,
    );
    return new Map(
      rows.map((row): [string, SearchSnippet] => {
        const inContent = row.content.includes("\u0002");
        return [row.documentId, { marked: inContent ? row.content : row.any, line: inContent && row.line !== null ? Number(row.line) : null }];
      }),
    );
  },
};
