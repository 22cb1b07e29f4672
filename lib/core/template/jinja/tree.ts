import type { JinjaBlockNode, JinjaExpr, JinjaNode } from "./ast";

/** The variable an output shows, under any filters but `default`: `{{ user.name | upper }}` → user.name. */
export function valuePath(expr: JinjaExpr): JinjaExpr | null {
  let node = expr;
  while (node.kind === "filter" && node.name !== "default" && node.name !== "d") node = node.input;
  let root = node;
  while (root.kind === "attr" || root.kind === "index") root = root.object;
  return root.kind === "name" ? node : null;
}

/** Every block in a template, found with an explicit stack. */
const blockCache = new WeakMap<readonly JinjaNode[], JinjaBlockNode[]>();
export function blocksOf(nodes: readonly JinjaNode[]): JinjaBlockNode[] {
  const cached = blockCache.get(nodes);
  if (cached) return cached;
  const found: JinjaBlockNode[] = [];
  const pending: (readonly JinjaNode[])[] = [nodes];
  while (pending.length) {
    for (const node of pending.pop()!) {
      if (node.type === "block") {
        found.push(node);
        pending.push(node.children);
      } else if (node.type === "if") for (const branch of node.branches) pending.push(branch.children);
      else if (node.type === "for") pending.push(node.children, node.elseChildren);
    }
  }
  blockCache.set(nodes, found);
  return found;
}
