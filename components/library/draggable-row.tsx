"use client";

import type { ReactNode } from "react";
import { DOCUMENT_DRAG_TYPE } from "./folder-drop";

/** A library row that can be dragged onto a folder of the tree (its menu's "Move to…" does the same). */
export function DraggableRow({ slug, className, children }: { slug: string; className: string; children: ReactNode }) {
  return (
    <tr
      draggable
      data-slug={slug}
      onDragStart={(event) => {
        event.dataTransfer.setData(DOCUMENT_DRAG_TYPE, slug);
        event.dataTransfer.effectAllowed = "move";
      }}
      className={className}
    >
      {children}
    </tr>
  );
}
