import type { GoExpr, GoNode, MustacheNode } from "./ast";
import type { Dialect, SourceRange, TemplateInclude, TemplateVariable, VariableKind } from "./types";

// When one name is used in several ways, the form should offer the richest input.
const KIND_RANK: Record<VariableKind, number> = { text: 0, condition: 1, object: 2, list: 3 };

/** The variables a template uses, for generating its form; and what it includes. */
export function collectVariables(dialect: Dialect, nodes: readonly (MustacheNode | GoNode)[]) {
  const byKey = new Map<string, TemplateVariable>();
  const includes: TemplateInclude[] = [];

  const add = (path: string[], kind: VariableKind, range: SourceRange, scope: string[]) => {
    const name = path.join(".");
    const key = `${scope.join("\u0000")}\u0001${name}`;
    const existing = byKey.get(key);
    if (!existing) {
      byKey.set(key, { name, path, kind, occurrences: [range], scope });
      return;
    }
    existing.occurrences.push(range);
    if (KIND_RANK[kind] > KIND_RANK[existing.kind]) existing.kind = kind;
  };

  if (dialect === "mustache") walkMustache(nodes as MustacheNode[], []);
  if (dialect === "go") walkGo(nodes as GoNode[], []);
  return { variables: [...byKey.values()], includes };

  function walkMustache(list: readonly MustacheNode[], scope: string[]) {
    for (const node of list) {
      if (node.type === "variable" && node.name !== ".") add(node.path, "text", node.range, scope);
      if (node.type === "partial") includes.push({ name: node.name, range: node.range });
      if (node.type === "section") {
        if (node.name !== ".") add(node.path, node.inverted ? "condition" : "list", node.range, scope);
        walkMustache(node.children, [...scope, node.name]);
      }
    }
  }

  function walkGo(list: readonly GoNode[], scope: string[]) {
    for (const node of list) {
      switch (node.type) {
        case "print":
          fields(node.expr, "text", node.range, scope);
          break;
        case "if":
          for (const branch of node.branches) {
            if (branch.cond) fields(branch.cond, "condition", node.range, scope);
            walkGo(branch.children, scope);
          }
          break;
        case "range":
        case "with": {
          fields(node.expr, node.type === "range" ? "list" : "object", node.range, scope);
          const name = node.expr.kind === "field" ? node.expr.path.join(".") : node.raw;
          walkGo(node.children, [...scope, name]);
          walkGo(node.elseChildren, scope);
          break;
        }
        case "template":
          includes.push({ name: node.name, range: node.range });
          if (node.arg) fields(node.arg, "object", node.range, scope);
          break;
      }
    }
  }

  /** Fields in an expression; what a comparison or len looks at is a value, not a condition. */
  function fields(expr: GoExpr, kind: VariableKind, range: SourceRange, scope: string[]) {
    if (expr.kind === "field") add(expr.path, kind, range, scope);
    if (expr.kind !== "call") return;
    const inner: VariableKind = expr.fn === "len" ? "list" : expr.fn === "eq" || expr.fn === "ne" ? "text" : kind;
    for (const arg of expr.args) fields(arg, inner, range, scope);
  }
}
