import { walkExpr } from "./walk-expr";
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

/**
 * Names a frame (a template, a loop body, a block) sets with `{% set %}` before reading them at
 * its own level. Jinja declares these undefined when the frame starts (its compiler resolves
 * names per frame, like Python's locals), so a loop inside the frame that reads one before the
 * `set` runs sees it undefined rather than the data's value.
 */
const undeclaredCache = new WeakMap<readonly JinjaNode[], string[]>();
export function undeclaredNames(nodes: readonly JinjaNode[], bound: readonly string[] = []): string[] {
  const cached = undeclaredCache.get(nodes);
  if (cached) return cached;
  const seen = new Set<string>(bound);
  const found: string[] = [];
  const visit = (list: readonly JinjaNode[], inBranch: boolean) => {
    for (const node of list) {
      if (node.type === "output") names(node.expr, seen);
      else if (node.type === "for") names(node.iter, seen);
      else if (node.type === "if") {
        for (const branch of node.branches) {
          if (branch.cond) names(branch.cond, seen);
          visit(branch.children, true);
        }
      } else if (node.type === "set") {
        names(node.expr, seen);
        // A `set` in only some branches leaves the name to the data until it runs.
        if (!seen.has(node.name) && !inBranch) found.push(node.name);
        seen.add(node.name);
      }
    }
  };
  visit(nodes, false);
  undeclaredCache.set(nodes, found);
  return found;
}

/** Every variable name an expression reads. */
function names(expr: JinjaExpr, into: Set<string>) {
  walkExpr(expr, (node) => {
    if (node.kind === "name") into.add(node.name);
  });
}
