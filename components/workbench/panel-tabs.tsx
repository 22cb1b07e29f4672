"use client";

import type { KeyboardEvent } from "react";

export type PanelTab = "edit" | "form" | "preview" | "outline" | "versions";

const TABS: { id: PanelTab; label: string; controls: string }[] = [
  { id: "edit", label: "Edit", controls: "workbench-editor" },
  { id: "form", label: "Form", controls: "workbench-preview" },
  { id: "preview", label: "Preview", controls: "workbench-preview" },
  { id: "outline", label: "Outline", controls: "workbench-outline" },
  { id: "versions", label: "Versions", controls: "workbench-versions" },
];

/** The workbench's panels as tabs on narrow screens (below 900 px); hidden on wider ones. */
export function PanelTabs({ tab, onChange }: { tab: PanelTab; onChange: (tab: PanelTab) => void }) {
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const at = TABS.findIndex((t) => t.id === tab);
    const next = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: TABS.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const target = TABS[(next + TABS.length) % TABS.length]!;
    onChange(target.id);
    event.currentTarget.querySelector<HTMLButtonElement>(`[data-tab="${target.id}"]`)?.focus();
  };
  return (
    <div role="tablist" aria-label="Workbench panels" onKeyDown={onKeyDown} className="flex shrink-0 border-b border-zinc-200 bg-white text-sm min-[900px]:hidden">
      {TABS.map((t) => (
        <button
          key={t.id}
          type="button"
          role="tab"
          data-tab={t.id}
          aria-selected={t.id === tab}
          aria-controls={t.controls}
          tabIndex={t.id === tab ? 0 : -1}
          onClick={() => onChange(t.id)}
          className="flex-1 border-b-2 border-transparent px-1 py-2 text-zinc-600 aria-selected:border-zinc-900 aria-selected:font-medium aria-selected:text-zinc-900"
        >
          {t.label}
        </button>
      ))}
    </div>
  );
}
