import { toFts5Match } from "@/lib/core/search/parse-search-query";
import type { SearchIndex } from "./search-index";
import { snippetOf, type IndexedText } from "./snippet-of";

// bm25 weights per column: title, description, tags, content, messages.
const RANK = `-bm25("DocumentSearch", 10.0, 4.0, 8.0, 1.0, 2.0)`;
const placeholders = (count: number) => Array.from({ length: count }, () => "?").join(", ");

/** SQLite: the FTS5 table "DocumentSearch", keyed to documents through "DocumentSearchKey". */
export const sqliteSearch: SearchIndex = {
  async match(db, { workspaceIds, archived, terms, limit }) {
    if (workspaceIds.length === 0) return [];
    // Every match is scored, by FTS5 as it walks its doclists (about 20 ms of CPU for a word in
    // all of 10,000 documents): cheap enough to keep the ranking exact, unlike PostgreSQL's.
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
    // Only these documents' text, each read once; the snippet is cut in snippet-of.ts.
    const rows = await db.$queryRawUnsafe<IndexedText[]>(
      `SELECT k."documentId" AS "documentId", s."title" AS "title", s."description" AS "description", s."tags" AS "tags",
         s."content" AS "content", s."messages" AS "messages"
       FROM "DocumentSearchKey" k JOIN "DocumentSearch" s ON s."rowid" = k."rowid"
       WHERE k."documentId" IN (${placeholders(documentIds.length)})`,
      ...documentIds,
    );
    return new Map(rows.map((row) => [row.documentId, snippetOf(row, terms)]));
  },
};

