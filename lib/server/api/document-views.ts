import type { z } from "zod";
import type { documentSchema, documentSummarySchema, versionSchema, versionSummarySchema } from "@/lib/contracts/api";
import { snippetParts } from "@/lib/core/search/parse-search-query";
import type { SearchResult } from "../documents/search-documents";
import type { DocumentDetail, VersionSummary } from "../documents/get-document";

/** How documents and versions look in API responses: plain JSON, times as ISO strings. */

export function searchResultView(doc: SearchResult): z.input<typeof documentSummarySchema> {
  const { snippet, line, ...summary } = doc;
  const match = snippet === undefined ? {} : { snippet: snippetParts(snippet).map((part) => (part.match ? `**${part.text}**` : part.text)).join(""), line: line ?? null };
  return { ...summary, updatedAt: doc.updatedAt.toISOString(), ...match };
}

export function documentView(doc: DocumentDetail): z.input<typeof documentSchema> {
  return {
    slug: doc.slug,
    title: doc.title,
    description: doc.description,
    tags: doc.tags,
    folder: doc.folder,
    format: doc.format,
    archived: doc.archivedAt !== null,
    createdAt: doc.createdAt.toISOString(),
    updatedAt: doc.updatedAt.toISOString(),
    latestVersion: doc.head.number,
    labels: Object.fromEntries(doc.labels.map((label) => [label.name, label.versionNumber])),
  };
}

export function versionSummaryView(version: VersionSummary): z.input<typeof versionSummarySchema> {
  return { ...version, createdAt: version.createdAt.toISOString() };
}

export function versionView(slug: string, version: Omit<VersionSummary, "coAuthors"> & { content: string }): z.input<typeof versionSchema> {
  return {
    slug,
    number: version.number,
    message: version.message,
    authorName: version.authorName,
    createdAt: version.createdAt.toISOString(),
    content: version.content,
  };
}
