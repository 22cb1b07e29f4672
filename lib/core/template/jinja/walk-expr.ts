import type { JinjaExpr } from "./ast";

/**
 * Calls `visit` on `expr` and on every expression inside it, with an explicit stack: nesting
 * comes from the template, so recursion could be driven past the call stack.
 */
export function walkExpr(expr: JinjaExpr, visit: (node: JinjaExpr) => void): void {
  const pending = [expr];
  while (pending.length) {
    const node = pending.pop()!;
    visit(node);
    switch (node.kind) {
      case "attr":
        pending.push(node.object);
        break;
      case "index":
        pending.push(node.object, node.index);
        break;
      case "filter":
        pending.push(node.input, ...node.args, ...Object.values(node.kwargs));
        break;
      case "list":
        pending.push(...node.items);
        break;
      case "not":
      case "neg":
        pending.push(node.operand);
        break;
      case "and":
      case "or":
        pending.push(node.left, node.right);
        break;
      case "compare":
        pending.push(node.first, ...node.rest.map((part) => part.right));
        break;
    }
  }
}
