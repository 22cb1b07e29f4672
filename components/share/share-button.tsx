"use client";

import { useEffect, useRef, useState } from "react";
import { useShortcut } from "@/components/hooks/use-shortcut";
import type { ShareLinkSummary } from "@/lib/server/share-links/list-share-links";
import { ShareLinkForm } from "./share-link-form";
import { ShareLinkList } from "./share-link-list";

export interface ShareContext {
  links: ShareLinkSummary[];
  labels: string[];
  versions: number[];
}

/**
 * "Share" in the workbench toolbar: create a link (with the values filled in now) and manage
 * existing ones. The popover takes focus when it opens; Escape closes it and returns focus.
 */
export function ShareButton({ slug, share, values }: { slug: string; share: ShareContext; values: Record<string, unknown> }) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const dialog = useRef<HTMLDivElement>(null);
  const active = share.links.filter((link) => !link.revokedAt && (!link.expiresAt || new Date(link.expiresAt) > new Date())).length;

  useEffect(() => {
    if (!open) return;
    dialog.current?.querySelector<HTMLElement>("select, input, button:not([aria-label='Close'])")?.focus();
  }, [open]);
  useShortcut(
    "Escape",
    () => {
      setOpen(false);
      button.current?.focus();
    },
    { enabled: open },
  );

  return (
    <div className="relative">
      <button
        ref={button}
        type="button"
        onClick={() => setOpen((value) => !value)}
        aria-expanded={open}
        aria-haspopup="dialog"
        className="rounded px-1.5 py-0.5 hover:bg-zinc-100"
      >
        Share{active > 0 ? ` · ${active}` : ""}
      </button>
      {open && (
        <div
          ref={dialog}
          role="dialog"
          aria-label="Share links"
          className="absolute right-0 z-20 mt-1 max-h-[70vh] w-[min(28rem,calc(100vw-1rem))] overflow-y-auto rounded-lg border border-zinc-200 bg-white p-4 text-sm text-zinc-800 shadow-lg"
        >
          <div className="mb-3 flex items-center">
            <h2 className="flex-1 font-semibold">Share this document</h2>
            <button
              type="button"
              onClick={() => {
                setOpen(false);
                button.current?.focus();
              }}
              aria-label="Close"
              className="text-zinc-500 hover:text-zinc-900"
            >
              ✕
            </button>
          </div>
          <ShareLinkForm slug={slug} labels={share.labels} versions={share.versions} values={values} />
          <ShareLinkList slug={slug} links={share.links} />
        </div>
      )}
    </div>
  );
}
