"use client";

import type { OutlineNode } from "@/lib/core/outline/outline";

// An outline is for finding your way; thousands of entries (a generated 2 MB document has
// ~24,000) would cost more to draw on every keystroke than they help.
const MAX_ENTRIES = 400;

/** Sections in document order and nesting; the one holding the cursor is marked. */
export function OutlinePanel({ outline, currentLine, onReveal }: { outline: OutlineNode[]; currentLine: number; onReveal: (line: number) => void }) {
  if (outline.length === 0) {
    return <p className="p-4 text-sm text-zinc-500">No sections yet. Headings, XML-style tags and frontmatter appear here.</p>;
  }
  const { nodes, hidden } = truncateOutline(outline, MAX_ENTRIES);
  return (
    <nav aria-label="Outline" className="py-1 text-sm">
      <OutlineList nodes={nodes} depth={0} currentLine={currentLine} onReveal={onReveal} />
      {hidden > 0 && <p className="px-3 py-1 text-xs text-zinc-500">…and {hidden.toLocaleString("en")} more sections</p>}
    </nav>
  );
}

/** The first `limit` entries in document order, keeping their nesting. */
function truncateOutline(outline: OutlineNode[], limit: number): { nodes: OutlineNode[]; hidden: number } {
  let budget = limit;
  let hidden = 0;
  const take = (nodes: OutlineNode[]): OutlineNode[] =>
    nodes.flatMap((node) => {
      if (budget <= 0) {
        hidden += 1 + countAll(node.children);
        return [];
      }
      budget--;
      return [{ ...node, children: take(node.children) }];
    });
  const nodes = take(outline);
  return { nodes, hidden };
}

function countAll(nodes: OutlineNode[]): number {
  return nodes.reduce((sum, node) => sum + 1 + countAll(node.children), 0);
}

function innermostContaining(nodes: OutlineNode[], line: number): OutlineNode | undefined {
  const hit = nodes.find((node) => node.startLine <= line && line <= node.endLine);
  return hit ? (innermostContaining(hit.children, line) ?? hit) : undefined;
}

function OutlineList({ nodes, depth, currentLine, onReveal, root = nodes }: { nodes: OutlineNode[]; depth: number; currentLine: number; onReveal: (line: number) => void; root?: OutlineNode[] }) {
  const current = innermostContaining(root, currentLine);
  return (
    <ul>
      {nodes.map((node) => (
        <li key={`${node.startLine}-${node.title}`}>
          <button
            type="button"
            onClick={() => onReveal(node.startLine)}
            aria-current={node === current ? "location" : undefined}
            style={{ paddingLeft: 12 + depth * 12 }}
            className="block w-full truncate py-0.5 pr-2 text-left font-mono text-xs text-zinc-700 hover:bg-zinc-100 aria-[current=location]:bg-sky-50 aria-[current=location]:font-semibold aria-[current=location]:text-sky-900"
            title={`Line ${node.startLine}`}
          >
            {node.title}
          </button>
          {node.children.length > 0 && <OutlineList nodes={node.children} depth={depth + 1} currentLine={currentLine} onReveal={onReveal} root={root} />}
        </li>
      ))}
    </ul>
  );
}
