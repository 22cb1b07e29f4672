import Link from "next/link";
import { connection } from "next/server";
import { FormatBadge } from "@/components/format-badge";
import { ImportDialog } from "@/components/library/import-dialog";
import { LibraryFilter } from "@/components/library/library-filter";
import { RelativeTime } from "@/components/relative-time";
import { formatBytes } from "@/lib/core/text/format";
import { searchDocuments } from "@/lib/server/documents/search-documents";
import { MAX_SEARCH_QUERY_LENGTH } from "@/lib/core/search/parse-search-query";
import { SearchSnippet } from "@/components/library/search-snippet";
import { listUnsavedDrafts } from "@/lib/server/collab/list-unsaved-drafts";
import { DraftMarker } from "@/components/library/draft-marker";
import { requireWorkspace } from "@/app/_lib/session";
import { can } from "@/lib/core/access/roles";

export default async function LibraryPage({
  searchParams,
}: {
  searchParams: Promise<{ q?: string | string[]; archived?: string | string[]; cursor?: string | string[] }>;
}) {
  await connection();
  const { workspace, user } = await requireWorkspace("/");
  const canCreate = can(workspace.role, "document.create");
  const params = await searchParams;
  const query = typeof params.q === "string" ? params.q : "";
  const archived = params.archived === "1";
  const cursor = typeof params.cursor === "string" ? params.cursor : undefined;
  // A stale cursor (the list changed under it) starts over at the first page; a search too long
  // to run says so instead of failing the page.
  const tooLong = query.length > MAX_SEARCH_QUERY_LENGTH;
  const search = ({ cursor }: { cursor?: string }) =>
    searchDocuments({ workspaceIds: [workspace.id], query: tooLong ? "" : query, archived, cursor, personName: user.name });
  const [page, drafts] = await Promise.all([
    search({ cursor }).catch((error: unknown) => (cursor ? search({}) : Promise.reject(error))),
    archived ? new Map<string, string[]>() : listUnsavedDrafts({ workspaceId: workspace.id }),
  ]);
  const filtering = !tooLong && query.trim() !== "";
  const { documents } = page;

  return (
    <div className="mx-auto w-full max-w-5xl flex-1 px-4 py-8">
      <div className="mb-4 flex flex-wrap items-center gap-3">
        <h1 className="text-xl font-semibold tracking-tight">{archived ? "Archived documents" : "Library"}</h1>
        <Link href={archived ? "/" : "/?archived=1"} className="mr-auto text-sm text-zinc-500 underline">
          {archived ? "Back to the library" : "Archived"}
        </Link>
        <LibraryFilter initialQuery={query} />
        {canCreate && (
          <>
            <ImportDialog />
            <Link href="/new" className="rounded-md bg-zinc-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-zinc-700">
              New document
            </Link>
          </>
        )}
      </div>

      {tooLong && (
        <p role="alert" className="mb-3 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          The search is {query.length} characters long; at most {MAX_SEARCH_QUERY_LENGTH} are searched. Showing the whole library.
        </p>
      )}
      {documents.length === 0 ? (
        <EmptyState filtering={filtering} query={query} archived={archived} />
      ) : (
        <div role="region" aria-label="Documents" tabIndex={0} className="overflow-x-auto rounded-lg border border-zinc-200 bg-white">
          <table className="w-full text-sm">
            <thead className="border-b border-zinc-200 bg-zinc-50 text-left text-xs text-zinc-500">
              <tr>
                <th className="px-4 py-2 font-medium">Title</th>
                <th className="px-4 py-2 font-medium">Format</th>
                <th className="px-4 py-2 text-right font-medium">Size</th>
                <th className="px-4 py-2 text-right font-medium">Versions</th>
                <th className="px-4 py-2 text-right font-medium">Updated</th>
              </tr>
            </thead>
            <tbody data-testid="library-list">
              {documents.map((doc) => (
                <tr key={doc.slug} className="border-b border-zinc-100 last:border-0 hover:bg-zinc-50">
                  <td className="px-4 py-2.5">
                    <Link href={`/d/${doc.slug}`} className="font-medium text-zinc-900 hover:underline">
                      {doc.title}
                    </Link>
                    {drafts.has(doc.slug) && <DraftMarker editors={drafts.get(doc.slug) ?? []} />}
                    <div className="text-xs text-zinc-500">{doc.slug}</div>
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
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <LibraryPager total={page.total} shown={documents.length} nextHref={page.nextCursor ? pageHref({ q: query, archived, cursor: page.nextCursor }) : null} firstHref={cursor ? pageHref({ q: query, archived }) : null} filtering={filtering} query={query} />
    </div>
  );
}

function EmptyState({ filtering, query, archived }: { filtering: boolean; query: string; archived: boolean }) {
  if (filtering) {
    return (
      <div className="rounded-lg border border-dashed border-zinc-300 bg-white p-10 text-center">
        <p className="font-medium">No documents match “{query}”</p>
        <p className="mt-1 text-sm text-zinc-600">The search looks at titles, descriptions, tags, current content and version messages.</p>
        <Link href={archived ? "/?archived=1" : "/"} className="mt-3 inline-block text-sm font-medium text-zinc-900 underline">
          Clear the filter
        </Link>
      </div>
    );
  }
  if (archived) {
    return (
      <div className="rounded-lg border border-dashed border-zinc-300 bg-white p-10 text-center">
        <p className="font-medium">Nothing is archived</p>
        <p className="mt-1 text-sm text-zinc-600">Archive a document from its settings to hide it from the library.</p>
      </div>
    );
  }
  return (
    <div className="rounded-lg border border-dashed border-zinc-300 bg-white p-10 text-center">
      <p className="font-medium">No documents yet</p>
      <p className="mt-1 text-sm text-zinc-600">
        Create a document, or import your prompt files (.md, .txt, .yaml, .yml, .xml).
      </p>
    </div>
  );
}

function pageHref({ q, archived, cursor }: { q: string; archived: boolean; cursor?: string }): string {
  const params = new URLSearchParams();
  if (q) params.set("q", q);
  if (archived) params.set("archived", "1");
  if (cursor) params.set("cursor", cursor);
  const search = params.toString();
  return search ? `/?${search}` : "/";
}

/** The library shows a page at a time (list-documents.ts); plain links, so keyboard and no-JS work. */
function LibraryPager({ total, shown, nextHref, firstHref, filtering, query }: { total: number; shown: number; nextHref: string | null; firstHref: string | null; filtering: boolean; query: string }) {
  return (
    <nav aria-label="Library pages" className="mt-3 flex flex-wrap items-center gap-3 text-xs text-zinc-500">
      <p className="mr-auto">
        {total} document{total === 1 ? "" : "s"}
        {filtering ? ` matching “${query}”` : ""}
        {total > shown ? ` · showing ${shown} on this page` : ""}
      </p>
      {firstHref && (
        <Link href={firstHref} className="font-medium text-zinc-900 underline">
          First page
        </Link>
      )}
      {nextHref && (
        <Link href={nextHref} rel="next" className="rounded-md border border-zinc-300 bg-white px-3 py-1.5 text-sm font-medium text-zinc-900 hover:bg-zinc-50">
          Next page
        </Link>
      )}
    </nav>
  );
}
