import type { GoExpr, GoNode, GoTemplateNode } from "../ast";
import type { RenderState } from "../render-state";
import type { SourceRange } from "../types";
import { NOT_FOUND, escapeHtml, isRecord, type Lookup } from "../values";
import { GoEvalError, evaluate, isTruthy } from "./evaluate";
import { formatGoAction } from "./format-value";

export type GoIncludeRenderer = (node: GoTemplateNode, dot: Lookup, state: RenderState) => void;

/** Renders Go nodes with `dot` as the current value, as text/template would. */
export function renderGo(nodes: readonly GoNode[], dot: Lookup, state: RenderState, include: GoIncludeRenderer) {
  for (const node of nodes) {
    switch (node.type) {
      case "text":
        state.write(node.text);
        break;
      case "invalid":
        state.write(node.raw);
        break;
      case "print": {
        const value = guarded(state, node, node.expr, dot);
        if (value === NOT_FOUND) {
          const name = node.expr.kind === "field" ? node.expr.path.join(".") : node.raw;
          state.writeMissing(name, node.raw, node.range);
          break;
        }
        const text = formatGoAction(value);
        const variable = node.expr.kind === "field" ? node.expr.path.join(".") : node.expr.kind === "dot" ? "." : node.raw;
        state.writeValue(state.options.escape === "html" ? escapeHtml(text) : text, variable);
        break;
      }
      case "if": {
        const branch = node.branches.find((b) => b.cond === null || isTruthy(guarded(state, node, b.cond, dot)));
        if (branch) renderGo(branch.children, dot, state, include);
        break;
      }
      case "with": {
        const value = guarded(state, node, node.expr, dot);
        if (isTruthy(value)) renderGo(node.children, value, state, include);
        else renderGo(node.elseChildren, dot, state, include);
        break;
      }
      case "range": {
        const value = guarded(state, node, node.expr, dot);
        const items = Array.isArray(value) ? value : isRecord(value) ? Object.keys(value).sort().map((key) => value[key]) : null;
        if (items === null && isTruthy(value)) {
          state.problem({ code: "go-range", severity: "error", message: `\`${node.raw}\` on line ${node.range.start.line} cannot range over a ${typeof value}`, range: node.range });
        }
        if (items && items.length > 0) for (const item of items) renderGo(node.children, item, state, include);
        else renderGo(node.elseChildren, dot, state, include);
        break;
      }
      case "template":
        include(node, node.arg ? guarded(state, node, node.arg, dot) : null, state);
        break;
    }
  }
}

/** Evaluation errors (bad comparisons, len of a number) are problems, never crashes. */
function guarded(state: RenderState, node: { raw: string; range: SourceRange }, expr: GoExpr, dot: Lookup): Lookup {
  try {
    return evaluate(expr, dot);
  } catch (error) {
    if (!(error instanceof GoEvalError)) throw error;
    state.problem({ code: "go-eval", severity: "error", message: `\`${node.raw}\` on line ${node.range.start.line}: ${error.message}`, range: node.range });
    return NOT_FOUND;
  }
}
