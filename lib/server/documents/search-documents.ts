import { MAX_SEARCH_QUERY_LENGTH, parseSearchQuery, type SearchFilters } from "@/lib/core/search/parse-search-query";
import { getDb, type Db } from "../db/client";
import { AppError } from "../errors";
import { searchIndexFor } from "../search/search-index-for";
import { insideFolderWhere } from "../folders/folder-counts";
import { taggedWhere } from "./list-tags";
import { listDocuments, PAGE_SIZE, summaryColumns, toSummary, type DocumentPage, type DocumentSummary, type DocumentWhere } from "./list-documents";

export interface SearchResult extends DocumentSummary {
  /** Text around the best match, matched words between \u0002 and \u0003; absent when only filtering. */
  snippet?: string;
  /** The content line of the match, when it is in the content. */
  line?: number | null;
}

/** Search results come 20 to a page: each carries a snippet, which means reading its content. */
export const SEARCH_PAGE_SIZE = 20;

/** Ranked matches considered per search: past this, a query is too broad to page through usefully. */
const MAX_MATCHES = 1000;
const ID_BATCH = 400;

/**
 * The library's search (syntax: lib/core/search/parse-search-query.ts): words, phrases and
 * prefixes through the engine's full-text index (lib/server/search), best match first, with a
 * snippet; filters (tag, format, label, folder, by:me) narrow it. Only filters, or nothing: the
 * library's plain newest-first pages. `folder` (the library's current folder) lists the
 * documents directly in it; with a query or tags, it and every folder below are searched.
 * Only ever within `workspaceIds`.
 */
export async function searchDocuments({
  db = getDb(),
  workspaceIds,
  query,
  archived = false,
  cursor,
  limit,
  personName,
  tags = [],
  folder,
}: {
  db?: Db;
  workspaceIds: string[];
  query: string;
  archived?: boolean;
  cursor?: string;
  limit?: number;
  /** Whose versions `by:me` means. */
  personName?: string;
  /** The library's tag bar (`?tag=a&tag=b`): only documents carrying every one, exactly. */
  tags?: readonly string[];
  /** The folder being browsed (a normalized path, lib/contracts/folders.ts). */
  folder?: string;
}): Promise<DocumentPage<SearchResult>> {
  if (query.length > MAX_SEARCH_QUERY_LENGTH) {
    throw new AppError("invalid_input", `The search is ${query.length} characters long; at most ${MAX_SEARCH_QUERY_LENGTH} are searched.`);
  }
  const { terms, filters } = parseSearchQuery(query);
  // Browsing a folder lists what is directly in it; a query or tags search it and below.
  const searching = query.trim() !== "" || tags.length > 0;
  const below = searching && folder !== undefined ? [folder] : [];
  const where: DocumentWhere = {
    AND: [
      filterWhere(filters, personName),
      await taggedWhere({ db, workspaceIds, archived, tags }),
      ...(await Promise.all([...filters.folders, ...below].map((path) => insideFolderWhere({ db, workspaceIds, archived, folder: path })))),
    ],
  };
  if (terms.length === 0) return listDocuments({ db, workspaceIds, archived, folder: searching ? undefined : folder, where, cursor, limit: limit ?? PAGE_SIZE });
  const pageSize = limit ?? SEARCH_PAGE_SIZE;

  const index = searchIndexFor(db);
  const hits = await index.match(db, { workspaceIds, archived, terms, limit: MAX_MATCHES });
  const rank = new Map(hits.map((hit, position) => [hit.documentId, position]));
  const offset = cursor ? decodeSearchCursor(cursor) : 0;
  const unfiltered = (where.AND as DocumentWhere[]).length === 0;
  // Without filters every match is a result: read only this page's rows. With filters, the
  // matches are read (in batches: SQLite's driver takes at most 999 parameters) and narrowed.
  const ids = unfiltered ? hits.slice(offset, offset + pageSize).map((hit) => hit.documentId) : [...rank.keys()];
  const batches = [];
  for (let start = 0; start < ids.length; start += ID_BATCH) {
    batches.push(db.document.findMany({ where: { id: { in: ids.slice(start, start + ID_BATCH) }, workspaceId: { in: workspaceIds }, AND: [where] }, select: summaryColumns }));
  }
  const rows = (await Promise.all(batches)).flat();
  rows.sort((a, b) => rank.get(a.id)! - rank.get(b.id)!);
  const total = unfiltered ? hits.length : rows.length;
  const page = unfiltered ? rows : rows.slice(offset, offset + pageSize);
  const snippets = await index.snippets(db, { documentIds: page.map((row) => row.id), terms });
  return {
    documents: page.map((row) => ({ ...toSummary(row), snippet: snippets.get(row.id)?.marked ?? "", line: snippets.get(row.id)?.line ?? null })),
    nextCursor: offset + pageSize < total ? Buffer.from(`s:${offset + pageSize}`).toString("base64url") : null,
    total,
  };
}

function filterWhere(filters: SearchFilters, personName: string | undefined): DocumentWhere {
  const conditions: DocumentWhere[] = [
    // Tags are stored as a JSON array: a quoted name matches that tag exactly.
    ...filters.tags.map((tag) => ({ tags: { contains: JSON.stringify(tag) } })),
    ...filters.labels.map((name) => ({ labels: { some: { name } } })),
  ];
  if (filters.formats.length > 0) conditions.push({ format: { in: filters.formats } });
  // No person (a share link, a script): "by:me" matches nothing rather than everything.
  if (filters.mine) conditions.push(personName ? { versions: { some: { authorName: personName } } } : { id: { in: [] } });
  return { AND: conditions };
}

function decodeSearchCursor(cursor: string): number {
  const match = /^s:(\d{1,6})$/.exec(Buffer.from(cursor, "base64url").toString("utf8"));
  if (!match) throw new AppError("invalid_input", "The cursor is not one this search gave out; start again from the first page.");
  return Number(match[1]);
}
