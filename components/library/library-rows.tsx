"use client";

import Link from "next/link";
import type { DocumentFormat } from "@/lib/core/documents";
import { FormatBadge } from "@/components/format-badge";
import { DocumentRowMenu } from "./document-row-menu";
import { DraftMarker } from "./draft-marker";
import { DraggableRow } from "./draggable-row";
import { SearchSnippet } from "./search-snippet";
import { TagChips, libraryHref, type LibraryView } from "./tag-links";

/** What one library row shows, already formatted on the server (so the client renders the same text). */
export interface LibraryRow {
  slug: string;
  title: string;
  tags: string[];
  folder: string;
  format: DocumentFormat;
  size: string;
  versionCount: number;
  updated: { iso: string; label: string; title: string };
  /** Who holds unsaved changes in its live draft, when it has some. */
  drafts?: string[];
  snippet?: string;
  line?: number | null;
}

const ROW_CLASS = "border-b border-zinc-100 last:border-0 hover:bg-zinc-50";

/**
 * The library's rows, a client component for the bytes' sake: a server component's rows travel
 * twice, as HTML and again as the element tree in the page's RSC payload (every class name of
 * every cell); here the payload carries only this data, and the HTML is rendered from it.
 * Editors can drag a row onto a folder of the tree, or use its ⋯ menu. `showFolders`: the list
 * spans folders (a search, a tag, the archive), so each row says where it lives.
 */
export function LibraryRows({ rows, view, canEdit, showFolders }: { rows: LibraryRow[]; view: LibraryView; canEdit: boolean; showFolders: boolean }) {
  return rows.map((doc) => {
    const cells = (
      <>
        <td className="px-4 py-2.5">
          <Link href={`/d/${doc.slug}`} draggable={false} className="font-medium text-zinc-900 hover:underline">
            {doc.title}
          </Link>
          {doc.drafts && <DraftMarker editors={doc.drafts} />}
          <div className="text-xs text-zinc-500">
            {doc.slug}
            {showFolders && doc.folder && (
              <>
                {" · in "}
                <Link href={libraryHref({ query: "", archived: false, tags: [], folder: doc.folder })} className="underline">
                  {doc.folder}
                </Link>
              </>
            )}
          </div>
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
            <DocumentRowMenu slug={doc.slug} title={doc.title} tags={doc.tags} folder={doc.folder} />
          </td>
        )}
      </>
    );
    return canEdit ? (
      <DraggableRow key={doc.slug} slug={doc.slug} className={ROW_CLASS}>
        {cells}
      </DraggableRow>
    ) : (
      <tr key={doc.slug} className={ROW_CLASS}>
        {cells}
      </tr>
    );
  });
}
