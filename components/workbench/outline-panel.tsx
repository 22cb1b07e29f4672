"use client";

import type { OutlineNode } from "@/lib/core/outline/outline";

/** Sections in document order and nesting; the one holding the cursor is marked. */
export function OutlinePanel({ outline, currentLine, onReveal }: { outline: OutlineNode[]; currentLine: number; onReveal: (line: number) => void }) {
  if (outline.length === 0) {
    return <p className="p-4 text-sm text-zinc-500">No sections yet. Headings, XML-style tags and frontmatter appear here.</p>;
  }
  return (
    <nav aria-label="Outline" className="py-1 text-sm">
      <OutlineList nodes={outline} depth={0} currentLine={currentLine} onReveal={onReveal} />
    </nav>
  );
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
