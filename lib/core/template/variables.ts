import type { GoExpr, GoNode, MustacheNode, Tagged } from "./ast";
import { CollectedBlock, VariableUses } from "./collected";
import { rangeOf } from "./positions";
import type { Dialect, TemplateBlock, TemplateInclude, TemplateVariable, VariableKind } from "./types";

/**
 * A variable's scope names at most this many enclosing sections (the outermost ones). Deeper
 * nesting shares the scope of its ancestor at this depth, so inference stays linear however
 * deep a document nests (a form has no use for a 33rd level).
 */
export const MAX_SCOPE_DEPTH = 32;

interface Scope {
  names: string[];
  children: Map<string, Scope> | null;
  variables: Map<string, VariableUses>;
}

/**
 * The variables a template uses, for generating its form; what it includes; and its
 * inheritance blocks. Walks the tree with an explicit stack kept as parallel arrays (no object
 * per level); scopes are interned, so a section costs O(1) however deep it sits.
 */
export function collectVariables(dialect: Dialect, nodes: readonly (MustacheNode | GoNode)[]) {
  const all: TemplateVariable[] = [];
  const includes: TemplateInclude[] = [];
  const blocks: TemplateBlock[] = [];
  const rootScope: Scope = { names: [], children: null, variables: new Map() };

  const inner = (scope: Scope, name: string): Scope => {
    if (scope.names.length >= MAX_SCOPE_DEPTH) return scope;
    scope.children ??= new Map();
    let child = scope.children.get(name);
    if (!child) {
      child = { names: [...scope.names, name], children: null, variables: new Map() };
      scope.children.set(name, child);
    }
    return child;
  };

  const add = (path: string[], kind: VariableKind, tag: Tagged, scope: Scope) => {
    const name = path.length === 1 ? path[0]! : path.join(".");
    const existing = scope.variables.get(name);
    if (existing) return existing.add(tag, kind);
    const uses = new VariableUses(name, path, kind, scope.names, tag);
    scope.variables.set(name, uses);
    all.push(uses.variable);
  };

  // The work stack: lists of nodes, where each stands, and the scope they are in.
  const lists: (readonly (MustacheNode | GoNode)[])[] = [];
  const indexes: number[] = [];
  const scopes: Scope[] = [];
  const visit = (list: readonly (MustacheNode | GoNode)[], scope: Scope) => {
    if (list.length === 0) return;
    lists.push(list);
    indexes.push(0);
    scopes.push(scope);
  };

  visit(nodes, rootScope);
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
    const node = list[index]!;
    if (dialect === "mustache") mustacheNode(node as MustacheNode, scope);
    else goNode(node as GoNode, scope);
  }
  return { variables: all, includes, blocks };

  function mustacheNode(node: MustacheNode, scope: Scope) {
    if (node.type === "variable" && node.name !== ".") add(node.path, "text", node, scope);
    else if (node.type === "partial" || node.type === "parent") {
      if (node.dynamic) add(node.name.split("."), "text", node, scope);
      else includes.push({ name: node.name, range: rangeOf(node) });
      if (node.type === "parent") {
        blocks.push(new CollectedBlock(node.name, "parent", node));
        // Only the blocks inside a parent tag render; the rest is ignored, as the spec says.
        visit(node.children.filter((child) => child.type === "block"), scope);
      }
    } else if (node.type === "block") {
      blocks.push(new CollectedBlock(node.name, "block", node));
      visit(node.children, scope);
    } else if (node.type === "section") {
      if (node.name !== ".") add(node.path, node.inverted ? "condition" : "list", node, scope);
      visit(node.children, inner(scope, node.name));
    }
  }

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
        visit(node.children, inner(scope, name));
        break;
      }
      case "define":
        blocks.push(new CollectedBlock(node.name, "define", node));
        visit(node.children, scope);
        break;
      case "template":
        if (node.arg) fields(node.arg, "object", node, scope);
        if (node.block) {
          blocks.push(new CollectedBlock(node.name, "block", node));
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
