"use client";

import Link from "next/link";
import { useState } from "react";
import { isInsideFolder, parentFolder } from "@/lib/core/folders/folder-path";
import type { FolderNode } from "@/lib/core/folders/folder-tree";
import { useFolderDrop } from "./folder-drop";
import { FolderMenu } from "./folder-menu";
import { libraryHref } from "./tag-links";

const href = (folder: string) => libraryHref({ query: "", archived: false, tags: [], folder });

/**
 * The workspace's folders beside the list: each with its count (documents inside and below),
 * collapsible, the current one marked; rows dropped on a folder move there. On a phone it folds
 * behind a "Folders" button. A disclosure list of links rather than an ARIA tree: plain Tab and
 * Enter reach everything.
 */
export function FolderTree({ folders, rootDirect, current, canEdit }: { folders: FolderNode[]; rootDirect: number; current: string; canEdit: boolean }) {
  const [shown, setShown] = useState(false);
  const [expanded, setExpanded] = useState(() => new Set(folders.filter((node) => isInsideFolder(current, node.path)).map((node) => node.path)));
  const drop = useFolderDrop();
  const children = new Map<string, FolderNode[]>();
  for (const node of folders) children.set(parentFolder(node.path), [...(children.get(parentFolder(node.path)) ?? []), node]);
  const toggle = (path: string) =>
    setExpanded((previous) => {
      const next = new Set(previous);
      if (!next.delete(path)) next.add(path);
      return next;
    });

  const item = (path: string, name: string, count: number, node?: FolderNode) => (
    <div
      {...(canEdit ? drop.targetProps(path) : {})}
      className={`flex items-center gap-1 rounded-md pr-1 ${drop.over === path ? "bg-sky-100 ring-2 ring-sky-400" : current === path ? "bg-zinc-200/70" : "hover:bg-zinc-100"}`}
    >
      {node?.hasChildren ? (
        <button
          type="button"
          aria-expanded={expanded.has(path)}
          aria-label={`${expanded.has(path) ? "Hide" : "Show"} folders in ${name}`}
          onClick={() => toggle(path)}
          className="w-5 shrink-0 text-xs text-zinc-600"
        >
          {expanded.has(path) ? "▾" : "▸"}
        </button>
      ) : (
        <span className="w-5 shrink-0" aria-hidden />
      )}
      <Link href={href(path)} aria-current={current === path ? "page" : undefined} className="flex min-w-0 flex-1 items-baseline gap-2 py-1 text-sm text-zinc-800">
        <span className="min-w-0 flex-1 truncate">{name}</span>
        <span className="text-xs tabular-nums text-zinc-600" data-testid="folder-count">
          {count}
        </span>
        <span className="sr-only">{count === 1 ? " document" : " documents"}</span>
      </Link>
      {canEdit && node && <FolderMenu path={path} current={current} />}
    </div>
  );

  const branch = (parent: string) => (
    <ul className={parent ? "ml-3 border-l border-zinc-200 pl-1" : ""}>
      {(children.get(parent) ?? []).map((node) => (
        <li key={node.path}>
          {item(node.path, node.name, node.total, node)}
          {node.hasChildren && expanded.has(node.path) && branch(node.path)}
        </li>
      ))}
    </ul>
  );

  return (
    <nav aria-label="Folders" className="text-sm">
      <button type="button" aria-expanded={shown} onClick={() => setShown(!shown)} className="mb-2 w-full rounded-md border border-zinc-300 bg-white px-3 py-1.5 text-left font-medium lg:hidden">
        Folders{current ? `: ${current}` : ""}
      </button>
      <div className={`${shown ? "block" : "hidden"} lg:block`} data-testid="folder-tree">
        <ul>
          <li>{item("", "Top level", rootDirect)}</li>
        </ul>
        {branch("")}
        {folders.length === 0 && <p className="mt-2 px-1 text-xs text-zinc-600">No folders yet. Use “Move to…” in a document’s ⋯ menu to make one.</p>}
        <p role="status" className="mt-2 px-1 text-xs text-zinc-600">
          {drop.pending ? "Moving…" : ""}
        </p>
        {drop.error && (
          <p role="alert" className="mt-1 px-1 text-xs text-red-700">
            {drop.error}
          </p>
        )}
      </div>
    </nav>
  );
}
