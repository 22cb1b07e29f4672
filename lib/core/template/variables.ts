import type { GoExpr, GoNode, MustacheNode } from "./ast";
import type { Dialect, SourceRange, TemplateBlock, TemplateInclude, TemplateVariable, VariableKind } from "./types";

// When one name is used in several ways, the form should offer the richest input.
const KIND_RANK: Record<VariableKind, number> = { text: 0, condition: 1, object: 2, list: 3 };
/**
 * A variable's scope names at most this many enclosing sections (the outermost ones). Deeper
 * nesting shares the scope of its ancestor at this depth, so inference stays linear however
 * deep a document nests (a form has no use for a 33rd level).
 */
export const MAX_SCOPE_DEPTH = 32;

interface Scope {
  names: string[];
  children: Map<string, Scope> | null;
  variables: Map<string, TemplateVariable>;
}

/**
 * The variables a template uses, for generating its form; what it includes; and its
 * inheritance blocks. Walks the tree with an explicit stack; scopes are interned, so a section
 * costs O(1) however deep it sits.
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

  const add = (path: string[], kind: VariableKind, range: SourceRange, scope: Scope) => {
    const name = path.length === 1 ? path[0]! : path.join(".");
    const existing = scope.variables.get(name);
    if (!existing) {
      const variable: TemplateVariable = { name, path, kind, occurrences: [range], scope: scope.names };
      scope.variables.set(name, variable);
      all.push(variable);
      return;
    }
    existing.occurrences.push(range);
    if (KIND_RANK[kind] > KIND_RANK[existing.kind]) existing.kind = kind;
  };

  if (dialect === "mustache") walkMustache(nodes as MustacheNode[]);
  if (dialect === "go") walkGo(nodes as GoNode[]);
  return { variables: all, includes, blocks };

  function walkMustache(root: readonly MustacheNode[]) {
    // Pre-order with an explicit stack: variables come out in the document's order.
    const work: { nodes: readonly MustacheNode[]; index: number; scope: Scope }[] = [{ nodes: root, index: 0, scope: rootScope }];
    while (work.length > 0) {
      const top = work[work.length - 1]!;
      if (top.index >= top.nodes.length) {
        work.pop();
        continue;
      }
      const scope = top.scope;
      {
        const node = top.nodes[top.index++]!;
        if (node.type === "variable" && node.name !== ".") add(node.path, "text", node.range, scope);
        else if (node.type === "partial" || node.type === "parent") {
          if (node.dynamic) add(node.name.split("."), "text", node.range, scope);
          else includes.push({ name: node.name, range: node.range });
          if (node.type === "parent") {
            blocks.push({ name: node.name, kind: "parent", range: node.range, end: node.closeRange?.end ?? null });
            // Only the blocks inside a parent tag render; the rest is ignored, as the spec says.
            work.push({ nodes: node.children.filter((child) => child.type === "block"), index: 0, scope });
          }
        } else if (node.type === "block") {
          blocks.push({ name: node.name, kind: "block", range: node.range, end: node.closeRange?.end ?? null });
          work.push({ nodes: node.children, index: 0, scope });
        } else if (node.type === "section") {
          if (node.name !== ".") add(node.path, node.inverted ? "condition" : "list", node.range, scope);
          work.push({ nodes: node.children, index: 0, scope: inner(scope, node.name) });
        }
      }
    }
  }

  function walkGo(root: readonly GoNode[]) {
    const work: { nodes: readonly GoNode[]; index: number; scope: Scope }[] = [{ nodes: root, index: 0, scope: rootScope }];
    const visit = (nodes: readonly GoNode[], scope: Scope) => work.push({ nodes, index: 0, scope });
    while (work.length > 0) {
      const top = work[work.length - 1]!;
      if (top.index >= top.nodes.length) {
        work.pop();
        continue;
      }
      const scope = top.scope;
      {
        const node = top.nodes[top.index++]!;
        switch (node.type) {
          case "print":
            fields(node.expr, "text", node.range, scope);
            break;
          case "if":
            for (const branch of node.branches) if (branch.cond) fields(branch.cond, "condition", node.range, scope);
            for (let b = node.branches.length - 1; b >= 0; b--) visit(node.branches[b]!.children, scope);
            break;
          case "range":
          case "with": {
            fields(node.expr, node.type === "range" ? "list" : "object", node.range, scope);
            const name = node.expr.kind === "field" ? node.expr.path.join(".") : node.raw;
            visit(node.elseChildren, scope);
            visit(node.children, inner(scope, name));
            break;
          }
          case "define":
            blocks.push({ name: node.name, kind: "define", range: node.range, end: node.closeRange?.end ?? null });
            visit(node.children, scope);
            break;
          case "template":
            if (node.arg) fields(node.arg, "object", node.range, scope);
            if (node.block) {
              blocks.push({ name: node.name, kind: "block", range: node.range, end: node.closeRange?.end ?? null });
              visit(node.block, scope);
            } else {
              includes.push({ name: node.name, range: node.range });
            }
            break;
        }
      }
    }
  }

  /** Fields in an expression; what a comparison or len looks at is a value, not a condition. */
  function fields(expr: GoExpr, kind: VariableKind, range: SourceRange, scope: Scope) {
    const work: { expr: GoExpr; kind: VariableKind }[] = [{ expr, kind }];
    while (work.length > 0) {
      const item = work.pop()!;
      if (item.expr.kind === "field") add(item.expr.path, item.kind, range, scope);
      if (item.expr.kind !== "call") continue;
      const fn = item.expr.fn;
      const argKind: VariableKind = fn === "len" ? "list" : fn === "eq" || fn === "ne" ? "text" : item.kind;
      for (let i = item.expr.args.length - 1; i >= 0; i--) work.push({ expr: item.expr.args[i]!, kind: argKind });
    }
  }
}
