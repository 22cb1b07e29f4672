import Link from "next/link";
import { connection } from "next/server";
import { ImportDialog } from "@/components/library/import-dialog";
import { LibraryFilter } from "@/components/library/library-filter";
import { formatBytes, formatRelativeTime, formatTimestamp } from "@/lib/core/text/format";
import { searchDocuments, type SearchResult } from "@/lib/server/documents/search-documents";
import { MAX_SEARCH_QUERY_LENGTH } from "@/lib/core/search/parse-search-query";
import { listUnsavedDrafts } from "@/lib/server/collab/list-unsaved-drafts";
import { LibraryRows, type LibraryRow } from "@/components/library/library-rows";
import { TagFilterBar, libraryHref, type LibraryView } from "@/components/library/tag-links";
import { listTags } from "@/lib/server/documents/list-tags";
import { requireWorkspace } from "@/app/_lib/session";
import { can } from "@/lib/core/access/roles";

export default async function LibraryPage({
  searchParams,
}: {
  searchParams: Promise<{ q?: string | string[]; archived?: string | string[]; import?: string | string[]; tag?: string | string[]; cursor?: string | string[] }>;
}) {
  await connection();
  const { workspace, user } = await requireWorkspace("/");
  const canCreate = can(workspace.role, "document.create");
  const params = await searchParams;
  const query = typeof params.q === "string" ? params.q : "";
  const archived = params.archived === "1";
  // `?tag=a&tag=b`: documents carrying both.
  const tags = [params.tag ?? []].flat().filter((tag) => tag.trim() !== "").slice(0, 20);
  const view: LibraryView = { query, archived, tags };
  const canEdit = can(workspace.role, "document.edit");
  const cursor = typeof params.cursor === "string" ? params.cursor : undefined;
  // A stale cursor (the list changed under it) starts over at the first page; a search too long
  // to run says so instead of failing the page.
  const tooLong = query.length > MAX_SEARCH_QUERY_LENGTH;
  const search = ({ cursor }: { cursor?: string }) =>
    searchDocuments({ workspaceIds: [workspace.id], query: tooLong ? "" : query, archived, cursor, personName: user.name, tags });
  const [page, drafts, tagCounts] = await Promise.all([
    search({ cursor }).catch((error: unknown) => (cursor ? search({}) : Promise.reject(error))),
    archived ? new Map<string, string[]>() : listUnsavedDrafts({ workspaceId: workspace.id }),
    listTags({ workspaceIds: [workspace.id], archived }),
  ]);
  const filtering = (!tooLong && query.trim() !== "") || tags.length > 0;
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
            <ImportDialog openOnArrival={params.import === "1"} />
            <Link href="/new" className="rounded-md bg-zinc-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-zinc-700">
              New document
            </Link>
          </>
        )}
      </div>

      <TagFilterBar counts={tagCounts} view={view} />

      {tooLong && (
        <p role="alert" className="mb-3 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          The search is {query.length} characters long; at most {MAX_SEARCH_QUERY_LENGTH} are searched. Showing the whole library.
        </p>
      )}
      {documents.length === 0 ? (
        <EmptyState filtering={filtering} query={query} tags={tags} archived={archived} />
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
                {canEdit && (
                  <th className="px-2 py-2">
                    <span className="sr-only">More</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody data-testid="library-list">
              <LibraryRows rows={documents.map((doc) => libraryRow(doc, drafts.get(doc.slug)))} view={view} canEdit={canEdit} />
            </tbody>
          </table>
        </div>
      )}
      <LibraryPager
        total={page.total}
        shown={documents.length}
        nextHref={page.nextCursor ? pageHref(view, page.nextCursor) : null}
        firstHref={cursor ? libraryHref(view) : null}
        description={[query.trim() && !tooLong ? ` matching “${query}”` : "", tags.length > 0 ? ` tagged ${tags.map((tag) => `“${tag}”`).join(" and ")}` : ""].join("")}
      />
    </div>
  );
}

/** A row's data for LibraryRows, its size and times formatted here, where the page is rendered. */
function libraryRow(doc: SearchResult, drafts: string[] | undefined): LibraryRow {
  return {
    slug: doc.slug,
    title: doc.title,
    tags: doc.tags,
    format: doc.format,
    size: formatBytes(doc.size),
    versionCount: doc.versionCount,
    updated: { iso: doc.updatedAt.toISOString(), label: formatRelativeTime(doc.updatedAt), title: formatTimestamp(doc.updatedAt) },
    ...(drafts ? { drafts } : {}),
    ...(doc.snippet ? { snippet: doc.snippet, line: doc.line ?? null } : {}),
  };
}

function EmptyState({ filtering, query, tags, archived }: { filtering: boolean; query: string; tags: string[]; archived: boolean }) {
  if (filtering) {
    return (
      <div className="rounded-lg border border-dashed border-zinc-300 bg-white p-10 text-center">
        <p className="font-medium">
          {query.trim() ? `No documents match “${query}”` : "No documents"}
          {tags.length > 0 ? ` tagged ${tags.map((tag) => `“${tag}”`).join(" and ")}` : ""}
        </p>
        <p className="mt-1 text-sm text-zinc-600">The search looks at titles, descriptions, tags, current content and version messages; tags must all be on a document.</p>
        <Link href={libraryHref({ query: "", archived, tags: [] })} className="mt-3 inline-block text-sm font-medium text-zinc-900 underline">
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

function pageHref(view: LibraryView, cursor: string): string {
  const href = libraryHref(view);
  return `${href}${href.includes("?") ? "&" : "?"}cursor=${encodeURIComponent(cursor)}`;
}

/** The library shows a page at a time (list-documents.ts); plain links, so keyboard and no-JS work. */
function LibraryPager({ total, shown, nextHref, firstHref, description }: { total: number; shown: number; nextHref: string | null; firstHref: string | null; description: string }) {
  return (
    <nav aria-label="Library pages" className="mt-3 flex flex-wrap items-center gap-3 text-xs text-zinc-500">
      <p className="mr-auto">
        {total} document{total === 1 ? "" : "s"}
        {description}
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
