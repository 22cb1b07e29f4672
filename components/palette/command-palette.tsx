"use client";

import { useRouter } from "next/navigation";
import { useRef, useState, useSyncExternalStore } from "react";
import { authRequest } from "@/components/auth/auth-request";
import { describeChord } from "@/components/hooks/shortcut-keys";
import { useShortcut } from "@/components/hooks/use-shortcut";
import { chooseTheme } from "@/components/theme/theme-script";
import type { DocumentLookupHit } from "@/lib/contracts/palette";
import { PALETTE_CHORD, filterCommands, paletteCommands, type PaletteCommand, type PaletteCommandId } from "./palette-commands";
import { libraryHref } from "@/components/library/tag-links";
import { PaletteOptions, type PaletteItem } from "./palette-options";
import { useDocumentLookup } from "./use-document-lookup";

const subscribeNothing = () => () => {};
const onMac = () => /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

/** Hits still matching the newer text, shown until the server answers it. */
const stillMatching = (hit: DocumentLookupHit, query: string) => {
  const needle = query.trim().toLowerCase();
  return hit.title.toLowerCase().includes(needle) || hit.slug.includes(needle);
};

/**
 * Ctrl/Cmd+K on every signed-in page: a modal dialog (combobox and listbox) to jump to any
 * document the person may read, by title or slug, or to a folder of the library, and to run the common actions, each also on
 * its own shortcut. The key is taken in the capture phase, so it works with focus in Monaco too
 * (which would otherwise start one of its Ctrl+K two-key chords and swallow the key). Escape
 * closes it and focus goes back where it was.
 */
export function CommandPalette({ canCreate, canManageWorkspace }: { canCreate: boolean; canManageWorkspace: boolean }) {
  const router = useRouter();
  const dialog = useRef<HTMLDialogElement>(null);
  const returnFocus = useRef<HTMLElement | null>(null);
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(0);
  const mac = useSyncExternalStore(subscribeNothing, onMac, () => false);
  const lookup = useDocumentLookup(query, open);

  const commands = paletteCommands({ canCreate });
  const documents = lookup.answered === query ? lookup.hits : lookup.hits.filter((hit) => stillMatching(hit, query));
  const folders = lookup.answered === query ? lookup.folders : [];
  const items: PaletteItem[] = [
    ...documents.map((hit) => ({ kind: "document" as const, hit })),
    ...folders.map(({ path, total }) => ({ kind: "folder" as const, path, total })),
    ...filterCommands(commands, query).map((command) => ({ kind: "command" as const, command, keys: describeChord(command.chord, mac) })),
  ];
  const activeIndex = Math.min(active, items.length - 1);

  function show() {
    returnFocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setQuery("");
    setActive(0);
    setOpen(true);
    // The input mounts with the open dialog and takes focus itself (autoFocus).
    dialog.current?.showModal();
  }

  function onClosed() {
    setOpen(false);
    returnFocus.current?.focus();
    returnFocus.current = null;
  }

  function perform(id: PaletteCommandId) {
    if (id === "new-document") router.push("/new");
    else if (id === "import") router.push("/?import=1");
    else if (id === "library") router.push("/");
    else if (id === "workspace-settings") router.push(canManageWorkspace ? "/settings/workspace" : "/settings/members");
    else if (id === "switch-theme") chooseTheme(document.documentElement.classList.contains("dark") ? "light" : "dark");
    else if (id === "sign-out")
      void authRequest("sign-out").then(() => {
        router.push("/sign-in");
        router.refresh();
      });
  }

  function choose(item: PaletteItem | undefined) {
    if (!item) return;
    dialog.current?.close();
    if (item.kind === "document") router.push(`/d/${item.hit.slug}`);
    else if (item.kind === "folder") router.push(libraryHref({ query: "", archived: false, tags: [], folder: item.path }));
    else perform(item.command.id);
  }

  useShortcut(PALETTE_CHORD, () => (open ? dialog.current?.close() : show()), { capture: true });

  return (
    <>
      {commands.map((command) => (
        <CommandShortcut key={command.id} command={command} run={perform} />
      ))}
      <button
        type="button"
        onClick={show}
        aria-haspopup="dialog"
        aria-keyshortcuts="Control+K Meta+K"
        className="flex shrink-0 items-center gap-2 rounded-md border border-zinc-200 px-2.5 py-1 text-sm text-zinc-600 hover:bg-zinc-50"
      >
        Search
        <kbd className="hidden rounded border border-zinc-200 px-1 font-sans text-xs text-zinc-600 sm:inline">{describeChord(PALETTE_CHORD, mac)}</kbd>
      </button>
      <dialog
        ref={dialog}
        aria-label="Command palette"
        onClose={onClosed}
        className="mx-auto mt-[10vh] w-[min(36rem,calc(100vw-1rem))] rounded-lg p-0 text-zinc-900 shadow-xl backdrop:bg-zinc-900/30"
      >
        {open && (
          <>
            <div className="border-b border-zinc-200 p-2">
              <input
                autoFocus
                role="combobox"
                aria-expanded={items.length > 0}
                aria-controls="palette-options"
                aria-autocomplete="list"
                aria-activedescendant={items.length > 0 ? `palette-option-${activeIndex}` : undefined}
                aria-label="Find a document or an action"
                placeholder="Find a document or an action…"
                autoComplete="off"
                spellCheck={false}
                value={query}
                onChange={(event) => {
                  setQuery(event.target.value);
                  setActive(0);
                }}
                onKeyDown={(event) => {
                  if (event.key === "ArrowDown" || event.key === "ArrowUp") {
                    event.preventDefault();
                    const step = event.key === "ArrowDown" ? 1 : -1;
                    if (items.length > 0) setActive((activeIndex + step + items.length) % items.length);
                  } else if (event.key === "Enter") {
                    event.preventDefault();
                    choose(items[activeIndex]);
                  }
                }}
                className="w-full rounded-md px-2 py-1.5 text-base outline-none focus:ring-2 focus:ring-zinc-300"
              />
            </div>
            <PaletteOptions items={items} activeIndex={activeIndex} onHover={setActive} onChoose={choose} />
            <p role="status" className="border-t border-zinc-200 px-3 py-1.5 text-xs text-zinc-600">
              {lookup.error ??
                (items.length === 0
                  ? lookup.answered === query
                    ? "No document or action matches."
                    : "Looking…"
                  : `${documents.length} document${documents.length === 1 ? "" : "s"}, ${folders.length > 0 ? `${folders.length} folder${folders.length === 1 ? "" : "s"}, ` : ""}${items.length - documents.length - folders.length} action${items.length - documents.length - folders.length === 1 ? "" : "s"} · ↑↓ to move, Enter to open, Esc to close`)}
            </p>
          </>
        )}
      </dialog>
    </>
  );
}

/** Each action's own shortcut, outside text fields (see palette-commands.ts). */
function CommandShortcut({ command, run }: { command: PaletteCommand; run: (id: PaletteCommandId) => void }) {
  useShortcut(command.chord, () => run(command.id), { skipWhileTyping: true });
  return null;
}
