import Link from "next/link";
import { folderBreadcrumbs, parentFolder } from "@/lib/core/folders/folder-path";
import type { FolderNode } from "@/lib/core/folders/folder-tree";
import { libraryHref } from "./tag-links";

const href = (folder: string) => libraryHref({ query: "", archived: false, tags: [], folder });

/** Where the list is: Library › agents › backend, each a link but the last (the current page). */
export function FolderBreadcrumbs({ folder }: { folder: string }) {
  const crumbs = folderBreadcrumbs(folder);
  return (
    <nav aria-label="Breadcrumb" className="mb-3 text-sm">
      <ol className="flex flex-wrap items-center gap-1 text-zinc-600">
        {crumbs.map((crumb, index) => {
          const last = index === crumbs.length - 1;
          const name = crumb.path === "" ? "Library" : crumb.name;
          return (
            <li key={crumb.path} className="flex items-center gap-1">
              {index > 0 && <span aria-hidden>›</span>}
              {last ? (
                <span aria-current="page" className="font-medium text-zinc-900">
                  {name}
                </span>
              ) : (
                <Link href={href(crumb.path)} className="underline">
                  {name}
                </Link>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

/** The folders directly inside the current one, as links above the list (the tree folds away on phones). */
export function SubfolderLinks({ folder, folders }: { folder: string; folders: FolderNode[] }) {
  const inside = folders.filter((node) => node.path !== folder && parentFolder(node.path) === folder);
  if (inside.length === 0) return null;
  return (
    <ul aria-label="Folders here" className="mb-3 flex flex-wrap gap-1.5 text-sm">
      {inside.map((node) => (
        <li key={node.path}>
          <Link href={href(node.path)} className="inline-flex items-center gap-1.5 rounded-md border border-zinc-300 bg-white px-2 py-0.5 text-zinc-800 hover:bg-zinc-50">
            <span aria-hidden>📁</span>
            {node.name}
            <span className="text-xs tabular-nums text-zinc-600">{node.total}</span>
            <span className="sr-only">{node.total === 1 ? " document" : " documents"}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}

/** Every folder path, for the "Move to…" fields' suggestions (one list for the whole page). */
export function FolderPathOptions({ folders }: { folders: FolderNode[] }) {
  return (
    <datalist id="library-folder-paths">
      {folders.map((node) => (
        <option key={node.path} value={node.path} />
      ))}
    </datalist>
  );
}
