import type { GoExpr, GoNode, Tagged } from "./ast";
import { Collected, CollectedBlock, type Scope } from "./collected";
import { rangeOf } from "./positions";
import type { VariableKind } from "./types";

export { MAX_SCOPE_DEPTH } from "./collected";

/**
 * The variables a Go template uses, for generating its form; what it includes; and its
 * inheritance blocks. Walks the tree with an explicit stack kept as parallel arrays (no object
 * per level). (Mustache's collector is mustache/variables.ts, over its columns.)
 */
export function collectVariables(nodes: readonly GoNode[]) {
  const collected = new Collected();
  const { includes, blocks } = collected;
  const add = (path: string[], kind: VariableKind, tag: Tagged, scope: Scope) => collected.add(path, kind, scope, tag.origin.lines, tag.start, tag.end);

  // The work stack: lists of nodes, where each stands, and the scope they are in.
  const lists: (readonly GoNode[])[] = [];
  const indexes: number[] = [];
  const scopes: Scope[] = [];
  const visit = (list: readonly GoNode[], scope: Scope) => {
    if (list.length === 0) return;
    lists.push(list);
    indexes.push(0);
    scopes.push(scope);
  };

  visit(nodes, collected.root);
  // Pre-order: variables come out in the document's order.
  while (lists.length > 0) {
    const top = lists.length - 1;
    const list = lists[top]!;
    const index = indexes[top]!;
    const scope = scopes[top]!;
    if (index + 1 >= list.length) {
      lists.pop();
      indexes.pop();
      scopes.pop();
    } else indexes[top] = index + 1;
    goNode(list[index]!, scope);
  }
  return collected.result();

  function goNode(node: GoNode, scope: Scope) {
    switch (node.type) {
      case "print":
        fields(node.expr, "text", node, scope);
        break;
      case "if":
        for (const branch of node.branches) if (branch.cond) fields(branch.cond, "condition", node, scope);
        for (let b = node.branches.length - 1; b >= 0; b--) visit(node.branches[b]!.children, scope);
        break;
      case "range":
      case "with": {
        fields(node.expr, node.type === "range" ? "list" : "object", node, scope);
        const name = node.expr.kind === "field" ? node.expr.path.join(".") : node.origin.source.slice(node.start, node.end);
        visit(node.elseChildren, scope);
        visit(node.children, collected.inner(scope, name));
        break;
      }
      case "define":
        blocks.push(CollectedBlock.of(node.name, "define", node));
        visit(node.children, scope);
        break;
      case "template":
        if (node.arg) fields(node.arg, "object", node, scope);
        if (node.block) {
          blocks.push(CollectedBlock.of(node.name, "block", node));
          visit(node.block, scope);
        } else {
          includes.push({ name: node.name, range: rangeOf(node) });
        }
        break;
    }
  }

  /** Fields in an expression; what a comparison or len looks at is a value, not a condition. */
  function fields(expr: GoExpr, kind: VariableKind, tag: Tagged, scope: Scope) {
    if (expr.kind === "field") return add(expr.path, kind, tag, scope);
    if (expr.kind !== "call") return;
    const work: { expr: GoExpr; kind: VariableKind }[] = [{ expr, kind }];
    while (work.length > 0) {
      const item = work.pop()!;
      if (item.expr.kind === "field") add(item.expr.path, item.kind, tag, scope);
      if (item.expr.kind !== "call") continue;
      const fn = item.expr.fn;
      const argKind: VariableKind = fn === "len" ? "list" : fn === "eq" || fn === "ne" ? "text" : item.kind;
      for (let i = item.expr.args.length - 1; i >= 0; i--) work.push({ expr: item.expr.args[i]!, kind: argKind });
    }
  }
}
