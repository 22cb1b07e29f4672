import type { GoExpr, Tagged } from "../ast";
import type { ParsedTemplate } from "../parse";
import type { RenderState } from "../render-state";
import { quoteTag } from "../positions";
import { NOT_FOUND, escapeHtml, isRecord, type Lookup } from "../values";
import { goDefinitions, type GoBody } from "./definitions";
import { GoEvalError, GoInt, evaluate, isTruthy } from "./evaluate";
import { formatGoAction } from "./format-value";
import { BLOCK, DEFINE, IF, PRINT, RANGE, TEMPLATE, TEXT, WITH, type GoTree } from "./tree";

export interface GoIncludes {
  /** The parsed document `name`, its name pushed on the include chain; null when refused or unknown. */
  enter(name: string, indent: string, node: Tagged): ParsedTemplate | null;
  /** Counts a call of a template defined in the set against the include bounds, like a document. */
  enterDefined(name: string, node: Tagged): boolean;
  leave(): void;
}

/** Nodes `index`, `next[index]`, … up to `stop` of one tree: a branch's children or a whole document. */
interface Frame {
  tree: GoTree;
  index: number;
  /** Where the nodes to render end; `first` is where they start, for the next item of a range. */
  stop: number;
  first: number;
  dot: Lookup;
  /** A range: the remaining items, each becoming dot in turn. */
  items: readonly unknown[] | null;
  next: number;
  popInclude: boolean;
  /** Template names this frame's document defined, forgotten when it is done. */
  defined: string[] | null;
}

const frame = (tree: GoTree, first: number, stop: number, dot: Lookup): Frame => ({ tree, index: first, stop, first, dot, items: null, next: 0, popInclude: false, defined: null });
/** The children of node `i`. */
const children = (tree: GoTree, i: number, dot: Lookup) => frame(tree, i + 1, tree.next[i]!, dot);

/**
 * Renders a Go tree with `dot` as the current value, as text/template would, with an explicit
 * stack (no recursion) and the render's bounds checked at every node. `{{define}}` and
 * `{{block}}` fill the template set; the outermost document's definitions win, so a document
 * overrides the blocks of a base it includes (Go's inheritance, the way mustache's parents work).
 */
export function renderGo(root: GoTree, data: Lookup, state: RenderState, includes: GoIncludes) {
  // The template set: most documents define nothing, so it is created on the first definition.
  const set: TemplateSet = { defined: null };
  const first = frame(root, 0, root.length, data);
  first.defined = define(set, root);
  const stack: Frame[] = [first];
  // The tag being rendered, for messages and limits, which read it at once. One object per
  // render (made at the first tag that needs it), moved from tag to tag: the tree has no
  // object per tag to point at.
  let tag: Tagged | null = null;

  while (stack.length > 0 && state.step()) {
    const top = stack[stack.length - 1]!;
    if (top.index >= top.stop) {
      if (top.items && top.next < top.items.length) {
        top.dot = top.items[top.next++];
        top.index = top.first;
        continue;
      }
      stack.pop();
      if (top.popInclude) includes.leave();
      if (top.defined) for (const name of top.defined) set.defined!.delete(name);
      continue;
    }
    const tree = top.tree;
    const i = top.index;
    top.index = tree.next[i]!;
    const dot = top.dot;
    switch (tree.kind(i)) {
      case TEXT:
        state.write(tree.text(i));
        break;
      case PRINT: {
        state.at = tag = at(tag, tree, i);
        const expr = tree.expr(i)!;
        const value = guarded(state, tree, i, expr, dot);
        if (value === NOT_FOUND) {
          const name = expr.kind === "field" ? expr.path.join(".") : raw(tree, i);
          state.writeMissing(name, tag);
          break;
        }
        const text = formatGoAction(value);
        const variable = !state.options.trackSegments ? "" : expr.kind === "field" ? expr.path.join(".") : expr.kind === "dot" ? "." : raw(tree, i);
        state.writeValue(state.options.escape === "html" ? escapeHtml(text) : text, variable);
        break;
      }
      case IF: {
        for (let b = i + 1; b < tree.next[i]!; b = tree.next[b]!) {
          const cond = tree.expr(b);
          if (cond === null || isTruthy(guarded(state, tree, i, cond, dot))) {
            stack.push(children(tree, b, dot));
            break;
          }
        }
        break;
      }
      case WITH: {
        const value = guarded(state, tree, i, tree.expr(i)!, dot);
        if (isTruthy(value)) stack.push(children(tree, i + 1, value));
        else pushElse(stack, tree, i, dot);
        break;
      }
      case RANGE: {
        const value = guarded(state, tree, i, tree.expr(i)!, dot);
        const items = Array.isArray(value) ? value : isRecord(value) && !(value instanceof GoInt) ? Object.keys(value).sort().map((key) => value[key]) : null;
        if (items === null && isTruthy(value)) {
          const range = tree.origin.lines.range(tree.starts[i]!, tree.ends[i]!);
          state.problem({ code: "go-range", severity: "error", message: `\`${quoteTag(raw(tree, i))}\` on line ${range.start.line} cannot range over ${describe(value)}`, range });
        }
        if (items && items.length > 0) {
          const loop = children(tree, i + 1, items[0]);
          loop.items = items;
          loop.next = 1;
          stack.push(loop);
        } else pushElse(stack, tree, i, dot);
        break;
      }
      case TEMPLATE:
      case BLOCK: {
        state.at = tag = at(tag, tree, i);
        const { name, arg } = tree.template(i);
        const argValue = arg ? guarded(state, tree, i, arg, dot) : null;
        const local = set.defined?.get(name);
        if (local) {
          if (includes.enterDefined(name, tag)) {
            const body = children(local.tree, local.node, argValue);
            body.popInclude = true;
            stack.push(body);
          }
          break;
        }
        const child = includes.enter(name, "", tag)?.go;
        if (child) {
          const body = frame(child, 0, child.length, argValue);
          body.popInclude = true;
          body.defined = define(set, child);
          stack.push(body);
        }
        break;
      }
      case DEFINE:
        break;
    }
  }
}

/** `tag` (made if null) moved to node `i`. */
function at(tag: Tagged | null, tree: GoTree, i: number): Tagged {
  if (!tag) return { start: tree.starts[i]!, end: tree.ends[i]!, origin: tree.origin };
  tag.start = tree.starts[i]!;
  tag.end = tree.ends[i]!;
  tag.origin = tree.origin;
  return tag;
}

/** A range or with whose value is empty: its else branch, if it has one. */
function pushElse(stack: Frame[], tree: GoTree, i: number, dot: Lookup) {
  const otherwise = tree.next[i + 1]!;
  if (otherwise < tree.next[i]!) stack.push(children(tree, otherwise, dot));
}

/** Node `i` exactly as written. */
const raw = (tree: GoTree, i: number) => tree.origin.source.slice(tree.starts[i]!, tree.ends[i]!);

interface TemplateSet {
  defined: Map<string, GoBody> | null;
}

// Module-level rather than a closure in renderGo: a render of a small document must not pay
// for creating functions.
/** Adds a document's definitions the set does not have yet; returns the names added. */
function define(set: TemplateSet, document: GoTree): string[] | null {
  // No template, block or define tag: nothing to look up (most documents).
  if (document.templates.length === 0) return null;
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

/** Evaluation errors (bad comparisons, len of a number) are problems at node `i`, never crashes. */
function guarded(state: RenderState, tree: GoTree, i: number, expr: GoExpr, dot: Lookup): Lookup {
  try {
    return evaluate(expr, dot);
  } catch (error) {
    if (!(error instanceof GoEvalError)) throw error;
    const range = tree.origin.lines.range(tree.starts[i]!, tree.ends[i]!);
    state.problem({ code: "go-eval", severity: "error", message: `\`${quoteTag(raw(tree, i))}\` on line ${range.start.line}: ${error.message}`, range });
    return NOT_FOUND;
  }
}
