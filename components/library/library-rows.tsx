"use client";

import Link from "next/link";
import type { DocumentFormat } from "@/lib/core/documents";
import { FormatBadge } from "@/components/format-badge";
import { DocumentRowMenu } from "./document-row-menu";
import { DraftMarker } from "./draft-marker";
import { SearchSnippet } from "./search-snippet";
import { TagChips, type LibraryView } from "./tag-links";

/** What one library row shows, already formatted on the server (so the client renders the same text). */
export interface LibraryRow {
  slug: string;
  title: string;
  tags: string[];
  format: DocumentFormat;
  size: string;
  versionCount: number;
  updated: { iso: string; label: string; title: string };
  /** Who holds unsaved changes in its live draft, when it has some. */
  drafts?: string[];
  snippet?: string;
  line?: number | null;
}

/**
 * The library's rows, a client component for the bytes' sake: a server component's rows travel
 * twice, as HTML and again as the element tree in the page's RSC payload (every class name of
 * every cell); here the payload carries only this data, and the HTML is rendered from it.
 */
export function LibraryRows({ rows, view, canEdit }: { rows: LibraryRow[]; view: LibraryView; canEdit: boolean }) {
  return rows.map((doc) => (
    <tr key={doc.slug} className="border-b border-zinc-100 last:border-0 hover:bg-zinc-50">
      <td className="px-4 py-2.5">
        <Link href={`/d/${doc.slug}`} className="font-medium text-zinc-900 hover:underline">
          {doc.title}
        </Link>
        {doc.drafts && <DraftMarker editors={doc.drafts} />}
        <div className="text-xs text-zinc-500">{doc.slug}</div>
        <TagChips tags={doc.tags} view={view} />
        {doc.snippet && <SearchSnippet marked={doc.snippet} line={doc.line ?? null} />}
      </td>
      <td className="px-4 py-2.5">
        <FormatBadge format={doc.format} />
      </td>
      <td className="px-4 py-2.5 text-right tabular-nums text-zinc-600">{doc.size}</td>
      <td className="px-4 py-2.5 text-right tabular-nums text-zinc-600">{doc.versionCount}</td>
      <td className="px-4 py-2.5 text-right text-zinc-600">
        <time dateTime={doc.updated.iso} title={doc.updated.title}>
          {doc.updated.label}
        </time>
      </td>
      {canEdit && (
        <td className="px-2 py-2.5 text-right">
          <DocumentRowMenu slug={doc.slug} title={doc.title} tags={doc.tags} />
        </td>
      )}
    </tr>
  ));
}
