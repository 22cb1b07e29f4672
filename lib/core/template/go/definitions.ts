import type { GoNode } from "../ast";

const cache = new WeakMap<readonly GoNode[], Map<string, readonly GoNode[]>>();

/**
 * The templates a document defines: `{{define}}` at its top level and `{{block}}` anywhere, a
 * later definition of a name replacing an earlier one (as Go's parser does). Walked once per
 * parsed document with an explicit stack.
 */
export function goDefinitions(nodes: readonly GoNode[]): Map<string, readonly GoNode[]> {
  let found = cache.get(nodes);
  if (found) return found;
  found = new Map();
  const work: (readonly GoNode[])[] = [nodes];
  const ordered: { name: string; body: readonly GoNode[]; at: number }[] = [];
  while (work.length > 0) {
    for (const node of work.pop()!) {
      if (node.type === "define") {
        ordered.push({ name: node.name, body: node.children, at: node.start });
        work.push(node.children);
      } else if (node.type === "template" && node.block) {
        ordered.push({ name: node.name, body: node.block, at: node.start });
        work.push(node.block);
      } else if (node.type === "if") {
        for (const branch of node.branches) work.push(branch.children);
      } else if (node.type === "range" || node.type === "with") {
        work.push(node.children, node.elseChildren);
      }
    }
  }
  ordered.sort((a, b) => a.at - b.at);
  for (const { name, body } of ordered) found.set(name, body);
  cache.set(nodes, found);
  return found;
}
