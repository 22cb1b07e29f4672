import type { DocumentFormat } from "@/lib/core/documents";
import { formatBytes, formatRelativeTime, formatTimestamp } from "@/lib/core/text/format";
import { LibraryRows, type LibraryRow } from "./library-rows";
import type { LibraryView } from "./tag-links";

interface Row {
  slug: string;
  title: string;
  tags: string[];
  folder: string;
  format: DocumentFormat;
  size: number;
  versionCount: number;
  updatedAt: Date;
  snippet?: string;
  line?: number | null;
}

/**
 * The library's table; its rows are a client component fed compact data (library-rows.tsx),
 * their sizes and times formatted here, where the page is rendered.
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
          <LibraryRows rows={documents.map((doc) => libraryRow(doc, drafts.get(doc.slug)))} view={view} canEdit={canEdit} showFolders={showFolders} />
        </tbody>
      </table>
    </div>
  );
}

function libraryRow(doc: Row, drafts: string[] | undefined): LibraryRow {
  return {
    slug: doc.slug,
    title: doc.title,
    tags: doc.tags,
    folder: doc.folder,
    format: doc.format,
    size: formatBytes(doc.size),
    versionCount: doc.versionCount,
    updated: { iso: doc.updatedAt.toISOString(), label: formatRelativeTime(doc.updatedAt), title: formatTimestamp(doc.updatedAt) },
    ...(drafts ? { drafts } : {}),
    ...(doc.snippet ? { snippet: doc.snippet, line: doc.line ?? null } : {}),
  };
}
