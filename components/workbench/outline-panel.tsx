"use client";

import { useState, type KeyboardEvent } from "react";
import type { OutlineNode } from "@/lib/core/outline/outline";

// An outline is for finding your way; thousands of entries (a generated 2 MB document has
// ~24,000) would cost more to draw on every keystroke than they help.
const MAX_ENTRIES = 400;

interface Entry {
  node: OutlineNode;
  depth: number;
}

/**
 * Sections in document order and nesting; the one holding the cursor is marked. The list is one
 * tab stop (roving tabindex): arrow keys, Home and End move inside it, Enter jumps to the section.
 */
export function OutlinePanel({ outline, currentLine, onReveal }: { outline: OutlineNode[]; currentLine: number; onReveal: (line: number) => void }) {
  const [focused, setFocused] = useState<number | null>(null);
  if (outline.length === 0) {
    return <p className="p-4 text-sm text-zinc-500">No sections yet. Headings, XML-style tags and frontmatter appear here.</p>;
  }
  const { entries, hidden } = flattenOutline(outline, MAX_ENTRIES);
  const current = innermostContaining(outline, currentLine);
  const currentIndex = entries.findIndex((entry) => entry.node.startLine === current?.startLine && entry.node.title === current.title);
  // The tab stop: the entry last focused, else the section under the cursor, else the first.
  const stop = focused !== null && focused < entries.length ? focused : Math.max(0, currentIndex);

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const moves: Record<string, number> = { ArrowDown: stop + 1, ArrowUp: stop - 1, Home: 0, End: entries.length - 1 };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const index = Math.min(entries.length - 1, Math.max(0, next));
    setFocused(index);
    event.currentTarget.querySelector<HTMLButtonElement>(`[data-outline-index="${index}"]`)?.focus();
  };

  return (
    <nav aria-label="Outline" className="py-1 text-sm">
      <ul onKeyDown={onKeyDown} aria-describedby="outline-keys">
        {entries.map(({ node, depth }, index) => (
          <li key={`${node.startLine}-${node.title}`}>
            <button
              type="button"
              data-outline-index={index}
              tabIndex={index === stop ? 0 : -1}
              onFocus={() => setFocused(index)}
              onClick={() => onReveal(node.startLine)}
              aria-current={index === currentIndex ? "location" : undefined}
              style={{ paddingLeft: 12 + depth * 12 }}
              className="block w-full truncate py-0.5 pr-2 text-left font-mono text-xs text-zinc-700 hover:bg-zinc-100 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-sky-600 aria-[current=location]:bg-sky-50 aria-[current=location]:font-semibold aria-[current=location]:text-sky-900"
              title={`Line ${node.startLine}`}
            >
              {node.title}
            </button>
          </li>
        ))}
      </ul>
      <p id="outline-keys" className="sr-only">
        Arrow keys move between sections; Enter jumps to one.
      </p>
      {hidden > 0 && <p className="px-3 py-1 text-xs text-zinc-500">…and {hidden.toLocaleString("en")} more sections</p>}
    </nav>
  );
}

/** The first `limit` entries in document order with their depth; how many were left out. */
function flattenOutline(outline: OutlineNode[], limit: number): { entries: Entry[]; hidden: number } {
  const entries: Entry[] = [];
  let hidden = 0;
  const walk = (nodes: OutlineNode[], depth: number) => {
    for (const node of nodes) {
      if (entries.length >= limit) {
        hidden += 1 + countAll(node.children);
        continue;
      }
      entries.push({ node, depth });
      walk(node.children, depth + 1);
    }
  };
  walk(outline, 0);
  return { entries, hidden };
}

function countAll(nodes: OutlineNode[]): number {
  return nodes.reduce((sum, node) => sum + 1 + countAll(node.children), 0);
}

function innermostContaining(nodes: OutlineNode[], line: number): OutlineNode | undefined {
  const hit = nodes.find((node) => node.startLine <= line && line <= node.endLine);
  return hit ? (innermostContaining(hit.children, line) ?? hit) : undefined;
}
