import type { GoExpr, GoNode, GoTemplateNode } from "../ast";
import type { ParsedTemplate } from "../parse";
import type { RenderState } from "../render-state";
import type { Tagged } from "../ast";
import { lineOf, quoteTag, rangeOf, rawOf } from "../positions";
import { NOT_FOUND, escapeHtml, isRecord, type Lookup } from "../values";
import { goDefinitions } from "./definitions";
import { GoEvalError, GoInt, evaluate, isTruthy } from "./evaluate";
import { formatGoAction } from "./format-value";

export interface GoIncludes {
  /** The nodes of document `name`, its name pushed on the include chain; null when refused or unknown. */
  enter(name: string, indent: string, node: GoTemplateNode): ParsedTemplate | null;
  /** Counts a call of a template defined in the set against the include bounds, like a document. */
  enterDefined(name: string, node: GoTemplateNode): boolean;
  leave(): void;
}

interface Frame {
  nodes: readonly GoNode[];
  index: number;
  dot: Lookup;
  /** A range: the remaining items, each becoming dot in turn. */
  items: readonly unknown[] | null;
  next: number;
  popInclude: boolean;
  /** Template names this frame's document defined, forgotten when it is done. */
  defined: string[] | null;
}

const frame = (nodes: readonly GoNode[], dot: Lookup): Frame => ({ nodes, index: 0, dot, items: null, next: 0, popInclude: false, defined: null });

/**
 * Renders Go nodes with `dot` as the current value, as text/template would, with an explicit
 * stack (no recursion) and the render's bounds checked at every node. `{{define}}` and
 * `{{block}}` fill the template set; the outermost document's definitions win, so a document
 * overrides the blocks of a base it includes (Go's inheritance, the way mustache's parents work).
 */
export function renderGo(nodes: readonly GoNode[], data: Lookup, state: RenderState, includes: GoIncludes) {
  // The template set: most documents define nothing, so it is created on the first definition.
  const set: TemplateSet = { defined: null };
  const root = frame(nodes, data);
  root.defined = define(set, nodes);
  const stack: Frame[] = [root];

  while (stack.length > 0 && state.step()) {
    const top = stack[stack.length - 1]!;
    if (top.index >= top.nodes.length) {
      if (top.items && top.next < top.items.length) {
        top.dot = top.items[top.next++];
        top.index = 0;
        continue;
      }
      stack.pop();
      if (top.popInclude) includes.leave();
      if (top.defined) for (const name of top.defined) set.defined!.delete(name);
      continue;
    }
    const node = top.nodes[top.index++]!;
    const dot = top.dot;
    switch (node.type) {
      case "text":
        state.write(node.text);
        break;
      case "define":
        break;
      case "print": {
        state.at = node;
        const value = guarded(state, node, node.expr, dot);
        if (value === NOT_FOUND) {
          const name = node.expr.kind === "field" ? node.expr.path.join(".") : rawOf(node);
          state.writeMissing(name, node);
          break;
        }
        const text = formatGoAction(value);
        const variable = !state.options.trackSegments ? "" : node.expr.kind === "field" ? node.expr.path.join(".") : node.expr.kind === "dot" ? "." : rawOf(node);
        state.writeValue(state.options.escape === "html" ? escapeHtml(text) : text, variable);
        break;
      }
      case "if": {
        const branch = node.branches.find((b) => b.cond === null || isTruthy(guarded(state, node, b.cond, dot)));
        if (branch) stack.push(frame(branch.children, dot));
        break;
      }
      case "with": {
        const value = guarded(state, node, node.expr, dot);
        if (isTruthy(value)) stack.push(frame(node.children, value));
        else stack.push(frame(node.elseChildren, dot));
        break;
      }
      case "range": {
        const value = guarded(state, node, node.expr, dot);
        const items = Array.isArray(value) ? value : isRecord(value) && !(value instanceof GoInt) ? Object.keys(value).sort().map((key) => value[key]) : null;
        if (items === null && isTruthy(value)) {
          state.problem({ code: "go-range", severity: "error", message: `\`${quoteTag(rawOf(node))}\` on line ${lineOf(node)} cannot range over ${describe(value)}`, range: rangeOf(node) });
        }
        if (items && items.length > 0) {
          const loop = frame(node.children, items[0]);
          loop.items = items;
          loop.next = 1;
          stack.push(loop);
        }
        else stack.push(frame(node.elseChildren, dot));
        break;
      }
      case "template": {
        state.at = node;
        const arg = node.arg ? guarded(state, node, node.arg, dot) : null;
        const local = set.defined?.get(node.name);
        if (local) {
          if (includes.enterDefined(node.name, node)) stack.push({ ...frame(local, arg), popInclude: true });
          break;
        }
        const child = includes.enter(node.name, "", node)?.nodes as readonly GoNode[] | undefined;
        if (child) stack.push({ ...frame(child, arg), popInclude: true, defined: define(set, child) });
        break;
      }
    }
  }
}

interface TemplateSet {
  defined: Map<string, readonly GoNode[]> | null;
}

// Module-level rather than a closure in renderGo: a render of a small document must not pay
// for creating functions.
/** Adds a document's definitions the set does not have yet; returns the names added. */
function define(set: TemplateSet, document: readonly GoNode[]): string[] | null {
  const definitions = goDefinitions(document);
  if (definitions.size === 0) return null;
  const map = (set.defined ??= new Map());
  let added: string[] | null = null;
  for (const [name, body] of definitions) {
    if (map.has(name)) continue;
    map.set(name, body);
    (added ??= []).push(name);
  }
  return added;
}

function describe(value: Lookup): string {
  if (value instanceof GoInt) return "an int";
  return typeof value === "object" && value !== null ? "this value" : `a ${typeof value}`;
}

/** Evaluation errors (bad comparisons, len of a number) are problems, never crashes. */
function guarded(state: RenderState, node: Tagged, expr: GoExpr, dot: Lookup): Lookup {
  try {
    return evaluate(expr, dot);
  } catch (error) {
    if (!(error instanceof GoEvalError)) throw error;
    state.problem({ code: "go-eval", severity: "error", message: `\`${quoteTag(rawOf(node))}\` on line ${lineOf(node)}: ${error.message}`, range: rangeOf(node) });
    return NOT_FOUND;
  }
}
