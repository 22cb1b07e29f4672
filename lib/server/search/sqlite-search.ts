import { toFts5Match } from "@/lib/core/search/parse-search-query";
import type { SearchIndex, SearchSnippet } from "./search-index";

// bm25 weights per column: title, description, tags, content, messages.
const RANK = `-bm25("DocumentSearch", 10.0, 4.0, 8.0, 1.0, 2.0)`;
const placeholders = (count: number) => Array.from({ length: count }, () => "?").join(", ");

/** SQLite: the FTS5 table "DocumentSearch", keyed to documents through "DocumentSearchKey". */
export const sqliteSearch: SearchIndex = {
  async match(db, { workspaceIds, archived, terms, limit }) {
    if (workspaceIds.length === 0) return [];
    const rows = await db.$queryRawUnsafe<{ documentId: string; rank: number }[]>(
      `SELECT k."documentId" AS "documentId", ${RANK} AS "rank"
       FROM "DocumentSearch" JOIN "DocumentSearchKey" k ON k."rowid" = "DocumentSearch"."rowid"
       JOIN "Document" d ON d."id" = k."documentId"
       WHERE "DocumentSearch" MATCH ? AND d."workspaceId" IN (${placeholders(workspaceIds.length)})
         AND d."archivedAt" IS ${archived ? "NOT NULL" : "NULL"}
       ORDER BY "rank" DESC LIMIT ?`,
      toFts5Match(terms),
      ...workspaceIds,
      limit,
    );
    return rows.map((row) => ({ documentId: row.documentId, rank: Number(row.rank) }));
  },

  async snippets(db, { documentIds, terms }) {
    if (documentIds.length === 0) return new Map();
    // The content's snippet when it matched there (and the line of its first highlighted
    // word), otherwise the best column's.
    const rows = await db.$queryRawUnsafe<{ documentId: string; content: string; any: string; line: number | bigint | null }[]>(
      // MATERIALIZED: each snippet is computed once per row, not once per reference to it.
      `WITH "hit" AS MATERIALIZED (
         SELECT k."documentId" AS "documentId", "DocumentSearch"."content" AS "text",
           snippet("DocumentSearch", 3, char(2), char(3), '…', 24) AS "content",
           snippet("DocumentSearch", -1, char(2), char(3), '…', 24) AS "any"
         FROM "DocumentSearch" JOIN "DocumentSearchKey" k ON k."rowid" = "DocumentSearch"."rowid"
         WHERE "DocumentSearch" MATCH ? AND "DocumentSearch"."rowid" IN (SELECT "rowid" FROM "DocumentSearchKey" WHERE "documentId" IN (${placeholders(documentIds.length)}))
       ), "located" AS MATERIALIZED (
         SELECT *, CASE WHEN instr("content", char(2)) > 0
           THEN instr("text", substr("content", instr("content", char(2)) + 1, instr("content", char(3)) - instr("content", char(2)) - 1))
           ELSE 0 END AS "pos"
         FROM "hit"
       )
       SELECT "documentId", "content", "any",
         CASE WHEN "pos" > 0 THEN 1 + length(substr("text", 1, "pos")) - length(replace(substr("text", 1, "pos"), char(10), '')) END AS "line"
       FROM "located"`,
      toFts5Match(terms),
      ...documentIds,
    );
    return new Map(
      rows.map((row): [string, SearchSnippet] => {
        const inContent = row.content.includes("\u0002");
        return [row.documentId, { marked: inContent ? row.content : row.any, line: inContent && row.line !== null ? Number(row.line) : null }];
      }),
    );
  },
};
