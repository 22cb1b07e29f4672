import type { DocumentFormat } from "@/lib/core/documents";
import { getDb, type Db } from "../db/client";
import { containsText } from "../db/text-filter";
import { AppError } from "../errors";
import { parseTags } from "./tags";

export interface DocumentSummary {
  slug: string;
  title: string;
  description: string;
  tags: string[];
  /** The folder path ("" for the top level). */
  folder: string;
  format: DocumentFormat;
  /** Bytes of the newest version, as UTF-8. */
  size: number;
  versionCount: number;
  /** Who saved the newest version, and when. */
  latestAuthorName: string;
  updatedAt: Date;
}

export interface DocumentPage<T = DocumentSummary> {
  documents: T[];
  /** Pass back as `cursor` for the next page; null on the last one. */
  nextCursor: string | null;
  /** How many documents all the pages hold. */
  total: number;
}

export type DocumentWhere = NonNullable<NonNullable<Parameters<Db["document"]["findMany"]>[0]>["where"]>;

export const PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;

/** The columns a library row shows: never a version's content (version-summary.ts keeps them). */
export const summaryColumns = {
  id: true,
  slug: true,
  title: true,
  description: true,
  tags: true,
  folder: true,
  format: true,
  size: true,
  versionCount: true,
  latestAuthorName: true,
  updatedAt: true,
} as const;

type SummaryRow = { [K in keyof typeof summaryColumns]: K extends "updatedAt" ? Date : K extends "size" | "versionCount" ? number : string };

export function toSummary(doc: SummaryRow): DocumentSummary {
  return {
    slug: doc.slug,
    title: doc.title,
    description: doc.description,
    tags: parseTags(doc.tags),
    folder: doc.folder,
    format: doc.format as DocumentFormat,
    size: doc.size,
    versionCount: doc.versionCount,
    latestAuthorName: doc.latestAuthorName,
    updatedAt: doc.updatedAt,
  };
}

/**
 * One page of a workspace's library, most recently changed first: `limit` documents after
 * `cursor` (from the previous page's `nextCursor`). Reads only the documents' own columns, so a
 * page costs the same with ten documents or ten thousand, whatever their size. Archived
 * documents are listed only when asked for; `folder`, only the documents directly in it.
 * Searching is search-documents.ts.
 */
export async function listDocuments({
  db = getDb(),
  workspaceIds,
  archived = false,
  titleFilter = "",
  folder,
  where = {},
  cursor,
  limit = PAGE_SIZE,
}: {
  db?: Db;
  workspaceIds: string[];
  archived?: boolean;
  /** Keeps documents whose title contains it (any case). */
  titleFilter?: string;
  /** Only the documents directly in this folder ("" for the top level); all when undefined. */
  folder?: string;
  /** More conditions every listed document meets (search-documents.ts's filters). */
  where?: DocumentWhere;
  cursor?: string;
  limit?: number;
}): Promise<DocumentPage> {
  const after = cursor ? decodeListCursor(cursor) : null;
  const filter = {
    workspaceId: { in: workspaceIds },
    archivedAt: archived ? { not: null } : null,
    ...(titleFilter.trim() ? { title: containsText(db, titleFilter.trim()) } : {}),
    ...(folder !== undefined ? { folder } : {}),
    AND: [where],
  };
  const [rows, total] = await Promise.all([db.document.findMany({
    where: {
      ...filter,
      ...(after
        ? { OR: [{ updatedAt: { lt: after.updatedAt } }, { updatedAt: after.updatedAt, id: { lt: after.id } }] }
        : {}),
    },
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    select: summaryColumns,
  }), db.document.count({ where: filter })]);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    documents: page.map(toSummary),
    nextCursor: rows.length > limit && last ? encodeListCursor(last) : null,
    total,
  };
}

/** The position after a row, opaque to callers: its time and id (ids break ties between equal times). */
function encodeListCursor(row: { updatedAt: Date; id: string }): string {
  return Buffer.from(JSON.stringify([row.updatedAt.toISOString(), row.id])).toString("base64url");
}

function decodeListCursor(cursor: string): { updatedAt: Date; id: string } {
  try {
    const [time, id] = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as unknown[];
    const updatedAt = new Date(String(time));
    if (typeof id === "string" && id.length <= 64 && !Number.isNaN(updatedAt.getTime())) return { updatedAt, id };
  } catch {
    // Falls through to the error below.
  }
  throw new AppError("invalid_input", "The cursor is not one this list gave out; start again from the first page.");
}
