import Link from "next/link";
import { FormatBadge } from "@/components/format-badge";
import { RelativeTime } from "@/components/relative-time";
import { formatBytes } from "@/lib/core/text/format";
import { DocumentRowMenu } from "./document-row-menu";
import { DraftMarker } from "./draft-marker";
import { DraggableRow } from "./draggable-row";
import { SearchSnippet } from "./search-snippet";
import { TagChips, libraryHref, type LibraryView } from "./tag-links";

interface Row {
  slug: string;
  title: string;
  tags: string[];
  folder: string;
  format: Parameters<typeof FormatBadge>[0]["format"];
  size: number;
  versionCount: number;
  updatedAt: Date;
  snippet?: string;
  line?: number | null;
}

const ROW_CLASS = "border-b border-zinc-100 last:border-0 hover:bg-zinc-50";

/**
 * The library's rows. Editors can drag a row onto a folder of the tree, or use its ⋯ menu.
 * `showFolders`: the list spans folders (a search, a tag, the archive), so each row says where it lives.
 */
export function DocumentTable({ documents, drafts, view, canEdit, showFolders }: { documents: Row[]; drafts: Map<string, string[]>; view: LibraryView; canEdit: boolean; showFolders: boolean }) {
  return (
    <div role="region" aria-label="Documents" tabIndex={0} className="overflow-x-auto rounded-lg border border-zinc-200 bg-white">
      <table className="w-full text-sm">
        <thead className="border-b border-zinc-200 bg-zinc-50 text-left text-xs text-zinc-500">
          <tr>
            <th className="px-4 py-2 font-medium">Title</th>
            <th className="px-4 py-2 font-medium">Format</th>
            <th className="px-4 py-2 text-right font-medium">Size</th>
            <th className="px-4 py-2 text-right font-medium">Versions</th>
            <th className="px-4 py-2 text-right font-medium">Updated</th>
            {canEdit && (
              <th className="px-2 py-2">
                <span className="sr-only">More</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody data-testid="library-list">
          {documents.map((doc) => {
            const cells = (
              <>
                <td className="px-4 py-2.5">
                  <Link href={`/d/${doc.slug}`} draggable={false} className="font-medium text-zinc-900 hover:underline">
                    {doc.title}
                  </Link>
                  {drafts.has(doc.slug) && <DraftMarker editors={drafts.get(doc.slug) ?? []} />}
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
                <td className="px-4 py-2.5 text-right tabular-nums text-zinc-600">{formatBytes(doc.size)}</td>
                <td className="px-4 py-2.5 text-right tabular-nums text-zinc-600">{doc.versionCount}</td>
                <td className="px-4 py-2.5 text-right text-zinc-600">
                  <RelativeTime date={doc.updatedAt} />
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
          })}
        </tbody>
      </table>
    </div>
  );
}
