"use client";

import { useRouter } from "next/navigation";
import { useState, type DragEvent } from "react";
import { moveDocumentAction } from "@/app/folders/actions";
import { useAction } from "@/components/hooks/use-action";

/** The drag payload of a library row: its slug, under a type of our own so text drops are ignored. */
export const DOCUMENT_DRAG_TYPE = "application/x-dramatis-document";

/**
 * Dropping library rows on folders: which folder is under the pointer (to highlight it), the
 * move itself, and its failure in words. The row menu's "Move to…" is the keyboard's way.
 */
export function useFolderDrop() {
  const router = useRouter();
  const [over, setOver] = useState<string | null>(null);
  const move = useAction(moveDocumentAction, { onSuccess: () => router.refresh() });
  const carriesDocument = (event: DragEvent) => event.dataTransfer.types.includes(DOCUMENT_DRAG_TYPE);
  const targetProps = (folder: string) => ({
    "data-drop-folder": folder,
    onDragOver: (event: DragEvent) => {
      if (!carriesDocument(event)) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = "move";
      if (over !== folder) setOver(folder);
    },
    onDragLeave: () => setOver((current) => (current === folder ? null : current)),
    onDrop: (event: DragEvent) => {
      const slug = event.dataTransfer.getData(DOCUMENT_DRAG_TYPE);
      setOver(null);
      if (!slug) return;
      event.preventDefault();
      void move.run({ slug, folder });
    },
  });
  return { over, targetProps, pending: move.pending, error: move.error && (move.fieldErrors.folder ?? move.error) };
}
