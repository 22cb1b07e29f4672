"use client";

import { useEffect, useRef } from "react";
import type { DocumentLookupHit } from "@/lib/contracts/palette";
import type { PaletteCommand } from "./palette-commands";

export type PaletteItem =
  | { kind: "document"; hit: DocumentLookupHit }
  | { kind: "folder"; path: string; total: number }
  | { kind: "command"; command: PaletteCommand; keys: string };

const keyOf = (item: PaletteItem) => (item.kind === "document" ? `d:${item.hit.slug}` : item.kind === "folder" ? `f:${item.path}` : `c:${item.command.id}`);

/**
 * The palette's listbox: documents, then actions, each group labelled. The input keeps focus
 * (aria-activedescendant names the active option), so options are not focusable themselves.
 */
export function PaletteOptions({
  items,
  activeIndex,
  onHover,
  onChoose,
}: {
  items: PaletteItem[];
  activeIndex: number;
  onHover: (index: number) => void;
  onChoose: (item: PaletteItem) => void;
}) {
  const list = useRef<HTMLDivElement>(null);
  useEffect(() => {
    list.current?.querySelector(`#palette-option-${activeIndex}`)?.scrollIntoView({ block: "nearest" });
  }, [activeIndex]);

  const indexed = items.map((item, index) => ({ item, index }));
  const groups = [
    { name: "Documents", entries: indexed.filter(({ item }) => item.kind === "document") },
    { name: "Folders", entries: indexed.filter(({ item }) => item.kind === "folder") },
    { name: "Actions", entries: indexed.filter(({ item }) => item.kind === "command") },
  ].filter((group) => group.entries.length > 0);

  return (
    <div ref={list} id="palette-options" role="listbox" aria-label="Documents, folders and actions" className="max-h-[55vh] overflow-y-auto p-1">
      {groups.map((group) => (
        <div key={group.name} role="group" aria-labelledby={`palette-group-${group.name}`}>
          <div id={`palette-group-${group.name}`} role="presentation" className="px-2 pt-2 pb-1 text-xs font-medium text-zinc-600">
            {group.name}
          </div>
          {group.entries.map(({ item, index }) => (
            <div
              key={keyOf(item)}
              id={`palette-option-${index}`}
              role="option"
              aria-selected={index === activeIndex}
              onMouseMove={() => index !== activeIndex && onHover(index)}
              // The input keeps focus; a click chooses.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => onChoose(item)}
              className={`flex cursor-pointer items-center gap-3 rounded-md px-2 py-1.5 text-sm ${index === activeIndex ? "bg-zinc-100" : ""}`}
            >
              {item.kind === "document" ? (
                <DocumentOption hit={item.hit} />
              ) : item.kind === "folder" ? (
                <FolderOption path={item.path} total={item.total} />
              ) : (
                <CommandOption label={item.command.label} keys={item.keys} />
              )}
            </div>
          ))}
        </div>
      ))}
    </div>
  );
}

function DocumentOption({ hit }: { hit: DocumentLookupHit }) {
  return (
    <span className="min-w-0 flex-1">
      <span className="block truncate font-medium">
        {hit.title}
        {hit.archived && <span className="ml-2 rounded bg-zinc-100 px-1 text-xs font-normal text-zinc-700">archived</span>}
      </span>
      <span className="block truncate text-xs text-zinc-600">
        {hit.slug} · {hit.workspaceName}
      </span>
    </span>
  );
}

function FolderOption({ path, total }: { path: string; total: number }) {
  return (
    <span className="min-w-0 flex-1">
      <span className="block truncate font-medium">
        <span aria-hidden>📁 </span>
        {path.slice(path.lastIndexOf("/") + 1)}
      </span>
      <span className="block truncate text-xs text-zinc-600">
        Folder {path} · {total} document{total === 1 ? "" : "s"}
      </span>
    </span>
  );
}

function CommandOption({ label, keys }: { label: string; keys: string }) {
  return (
    <>
      <span className="flex-1">{label}</span>
      <kbd className="rounded border border-zinc-200 px-1 font-sans text-xs text-zinc-600">{keys}</kbd>
    </>
  );
}
