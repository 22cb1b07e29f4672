import type { GoExpr } from "../ast";
import { Collected, CollectedBlock, CollectedInclude, MAX_SCOPE_DEPTH, type Scope } from "../collected";
import { IntStack } from "../int-stack";
import type { VariableKind } from "../types";
import { BLOCK, DEFINE, IF, PRINT, RANGE, TEMPLATE, WITH, type GoTree } from "./tree";

/**
 * The variables a Go template uses, for generating its form; what it includes; and its
 * inheritance blocks. One pass over the columns in document order (pre-order), with a stack
 * of where the bodies that opened a scope end: no recursion, no object per node.
 */
export function collectGoVariables(tree: GoTree) {
  const collected = new Collected();
  const { includes, blocks } = collected;
  const { starts, ends, next } = tree;
  const { lines, source } = tree.origin;
  // Only a range or with body opens a scope, and past MAX_SCOPE_DEPTH not even that.
  const stops = new IntStack();
  const scopes: Scope[] = [];
  let scope = collected.root;

  for (let i = 0; i < tree.length; i++) {
    while (stops.length > 0 && i >= stops.top()) {
      stops.pop();
      scopes.pop();
      scope = scopes.length > 0 ? scopes[scopes.length - 1]! : collected.root;
    }
    switch (tree.kind(i)) {
      case PRINT:
        fields(tree.expr(i)!, "text", i, scope);
        break;
      case IF:
        // Every condition first, then the branches' bodies, as the branches are written.
        for (let b = i + 1; b < next[i]!; b = next[b]!) {
          const cond = tree.expr(b);
          if (cond) fields(cond, "condition", b, scope);
        }
        break;
      case RANGE:
      case WITH: {
        const expr = tree.expr(i)!;
        fields(expr, tree.kind(i) === RANGE ? "list" : "object", i, scope);
        // Past MAX_SCOPE_DEPTH the scope stays the same: no name to build.
        const inner = scope.names.length >= MAX_SCOPE_DEPTH ? scope : collected.inner(scope, scopeName(expr, i));
        // The body (the first branch) is in the new scope; an else after it is not.
        if (inner !== scope && next[i + 1]! > i + 2) {
          stops.push(next[i + 1]!);
          scopes.push(inner);
          scope = inner;
        }
        i++; // the body branch: nothing of its own
        break;
      }
      case DEFINE: {
        const { name, closeEnd } = tree.template(i);
        blocks.push(new CollectedBlock(name, "define", lines, starts[i]!, ends[i]!, closeEnd));
        break;
      }
      case TEMPLATE:
      case BLOCK: {
        const { name, arg, closeEnd } = tree.template(i);
        if (arg) fields(arg, "object", i, scope);
        if (tree.kind(i) === BLOCK) blocks.push(new CollectedBlock(name, "block", lines, starts[i]!, ends[i]!, closeEnd));
        else includes.push(new CollectedInclude(name, lines, starts[i]!, ends[i]!));
        break;
      }
    }
  }
  return collected.result();

  /** What a range or with's scope is called: its field, or the tag as written. */
  function scopeName(expr: GoExpr, node: number): string {
    if (expr.kind !== "field") return source.slice(starts[node]!, ends[node]!);
    return expr.path.length === 1 ? expr.path[0]! : expr.path.join(".");
  }

  /** Fields in an expression; what a comparison or len looks at is a value, not a condition. */
  function fields(expr: GoExpr, kind: VariableKind, node: number, scope: Scope) {
    if (expr.kind === "field") return collected.add(expr.path, kind, scope, lines, starts[node]!, ends[node]!);
    if (expr.kind !== "call") return;
    const work: { expr: GoExpr; kind: VariableKind }[] = [{ expr, kind }];
    while (work.length > 0) {
      const item = work.pop()!;
      if (item.expr.kind === "field") collected.add(item.expr.path, item.kind, scope, lines, starts[node]!, ends[node]!);
      if (item.expr.kind !== "call") continue;
      const fn = item.expr.fn;
      const argKind: VariableKind = fn === "len" ? "list" : fn === "eq" || fn === "ne" ? "text" : item.kind;
      for (let a = item.expr.args.length - 1; a >= 0; a--) work.push({ expr: item.expr.args[a]!, kind: argKind });
    }
  }
}
