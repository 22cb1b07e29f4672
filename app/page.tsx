import Link from "next/link";
import { connection } from "next/server";
import { ImportDialog } from "@/components/library/import-dialog";
import { LibraryFilter } from "@/components/library/library-filter";
import { searchDocuments } from "@/lib/server/documents/search-documents";
import { MAX_SEARCH_QUERY_LENGTH } from "@/lib/core/search/parse-search-query";
import { listUnsavedDrafts } from "@/lib/server/collab/list-unsaved-drafts";
import { DocumentTable } from "@/components/library/document-table";
import { FolderBreadcrumbs, FolderPathOptions, SubfolderLinks } from "@/components/library/folder-breadcrumbs";
import { FolderTree } from "@/components/library/folder-tree";
import { DownloadZipMenu } from "@/components/library/download-zip-menu";
import { TagFilterBar, libraryHref, type LibraryView } from "@/components/library/tag-links";
import { folderPathSchema } from "@/lib/contracts/folders";
import { listFolders } from "@/lib/server/folders/list-folders";
import { listTags } from "@/lib/server/documents/list-tags";
import { requireWorkspace } from "@/app/_lib/session";
import { can } from "@/lib/core/access/roles";

export default async function LibraryPage({
  searchParams,
}: {
  searchParams: Promise<{ q?: string | string[]; archived?: string | string[]; import?: string | string[]; tag?: string | string[]; cursor?: string | string[]; folder?: string | string[] }>;
}) {
  await connection();
  const { workspace, user } = await requireWorkspace("/");
  const canCreate = can(workspace.role, "document.create");
  const params = await searchParams;
  const query = typeof params.q === "string" ? params.q : "";
  const archived = params.archived === "1";
  // `?tag=a&tag=b`: documents carrying both.
  const tags = [params.tag ?? []].flat().filter((tag) => tag.trim() !== "").slice(0, 20);
  // `?folder=agents/backend`; none is the top level. The archive lists every folder at once.
  const parsedFolder = folderPathSchema.safeParse(typeof params.folder === "string" ? params.folder : "");
  const folder = archived ? undefined : parsedFolder.success ? parsedFolder.data : "";
  const badFolder = parsedFolder.success ? null : (parsedFolder.error.issues[0]?.message ?? "That is not a folder path.");
  const view: LibraryView = { query, archived, tags, folder };
  const canEdit = can(workspace.role, "document.edit");
  const cursor = typeof params.cursor === "string" ? params.cursor : undefined;
  // A stale cursor (the list changed under it) starts over at the first page; a search too long
  // to run says so instead of failing the page.
  const tooLong = query.length > MAX_SEARCH_QUERY_LENGTH;
  const search = ({ cursor }: { cursor?: string }) =>
    searchDocuments({ workspaceIds: [workspace.id], query: tooLong ? "" : query, archived, cursor, personName: user.name, tags, folder });
  const [page, drafts, tagCounts, tree] = await Promise.all([
    search({ cursor }).catch((error: unknown) => (cursor ? search({}) : Promise.reject(error))),
    archived ? new Map<string, string[]>() : listUnsavedDrafts({ workspaceId: workspace.id }),
    listTags({ workspaceIds: [workspace.id], archived }),
    listFolders({ access: { workspaceId: workspace.id } }),
  ]);
  const filtering = (!tooLong && query.trim() !== "") || tags.length > 0;
  const { documents } = page;

  return (
    <div className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
      <div className="mb-4 flex flex-wrap items-center gap-3">
        <h1 className="text-xl font-semibold tracking-tight">{archived ? "Archived documents" : "Library"}</h1>
        <Link href={archived ? "/" : "/?archived=1"} className="mr-auto text-sm text-zinc-500 underline">
          {archived ? "Back to the library" : "Archived"}
        </Link>
        <LibraryFilter initialQuery={query} />
        {folder !== undefined && (folder === "" ? tree.total : (tree.folders.find((node) => node.path === folder)?.total ?? 0)) > 0 && (
          <DownloadZipMenu folder={folder} tags={tags} />
        )}
        {canCreate && (
          <>
            <ImportDialog openOnArrival={params.import === "1"} folder={folder ?? ""} />
            <Link href={folder ? `/new?folder=${encodeURIComponent(folder)}` : "/new"} className="rounded-md bg-zinc-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-zinc-700">
              New document
            </Link>
          </>
        )}
      </div>

      <div className={folder === undefined ? "" : "grid gap-4 lg:grid-cols-[14rem_minmax(0,1fr)]"}>
        {folder !== undefined && (
          <aside>
            <FolderTree folders={tree.folders} rootDirect={tree.rootDirect} current={folder} canEdit={canEdit} />
          </aside>
        )}
        <div className="min-w-0">
          {folder !== undefined && <FolderBreadcrumbs folder={folder} />}
          <FolderPathOptions folders={tree.folders} />
          <TagFilterBar counts={tagCounts} view={view} />
          {badFolder && (
            <p role="alert" className="mb-3 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
              The address names a folder that cannot exist: {badFolder} Showing the top level.
            </p>
          )}
          {tooLong && (
            <p role="alert" className="mb-3 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
              The search is {query.length} characters long; at most {MAX_SEARCH_QUERY_LENGTH} are searched. Showing the whole library.
            </p>
          )}
          {folder !== undefined && !filtering && <SubfolderLinks folder={folder} folders={tree.folders} />}
          {documents.length === 0 ? (
            <EmptyState filtering={filtering} query={query} tags={tags} archived={archived} folder={folder ?? ""} elsewhere={tree.total > 0} />
          ) : (
            <DocumentTable documents={documents} drafts={drafts} view={view} canEdit={canEdit} showFolders={filtering || archived} />
          )}
          <LibraryPager
            total={page.total}
            shown={documents.length}
            nextHref={page.nextCursor ? pageHref(view, page.nextCursor) : null}
            firstHref={cursor ? libraryHref(view) : null}
            description={[folder ? ` in “${folder}”` : "", query.trim() && !tooLong ? ` matching “${query}”` : "", tags.length > 0 ? ` tagged ${tags.map((tag) => `“${tag}”`).join(" and ")}` : ""].join("")}
          />
        </div>
      </div>
    </div>
  );
}

function EmptyState({ filtering, query, tags, archived, folder, elsewhere }: { filtering: boolean; query: string; tags: string[]; archived: boolean; folder: string; elsewhere: boolean }) {
  if (filtering) {
    return (
      <div className="rounded-lg border border-dashed border-zinc-300 bg-white p-10 text-center">
        <p className="font-medium">
          {query.trim() ? `No documents match “${query}”` : "No documents"}
          {tags.length > 0 ? ` tagged ${tags.map((tag) => `“${tag}”`).join(" and ")}` : ""}
        </p>
        <p className="mt-1 text-sm text-zinc-600">The search looks at titles, descriptions, tags, current content and version messages; tags must all be on a document.</p>
        <Link href={libraryHref({ query: "", archived, tags: [], folder })} className="mt-3 inline-block text-sm font-medium text-zinc-900 underline">
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
  if (folder || elsewhere) {
    return (
      <div className="rounded-lg border border-dashed border-zinc-300 bg-white p-10 text-center">
        <p className="font-medium">{folder ? "This folder is empty" : "Nothing at the top level"}</p>
        <p className="mt-1 text-sm text-zinc-600">
          No document is directly {folder ? `in “${folder}”` : "at the top level"}; open a folder, or move a document here with “Move to…” in its ⋯ menu or by dragging its row onto the folder.
        </p>
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
