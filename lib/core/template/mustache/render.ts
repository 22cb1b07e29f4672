import type { Tagged } from "../ast";
import type { ParsedTemplate } from "../parse";
import type { RenderState } from "../render-state";
import { NOT_FOUND, escapeHtml, type Lookup } from "../values";
import { blockIndent, isStandalone, overrideText } from "./blocks";
import { ContextStack } from "./context";
import { formatMustacheValue } from "./format-value";
import { BLOCK, DYNAMIC, INVERTED, PARENT, PARTIAL, RAW_VARIABLE, SECTION, TEXT, VARIABLE, type MustacheTree } from "./tree";

export interface MustacheIncludes {
  /** The parsed document `name` indented by `indent`, its name pushed on the include chain; null when refused. */
  enter(name: string, indent: string, node: Tagged): ParsedTemplate | null;
  leave(): void;
  /** Mustache text (a block override) parsed once per render. */
  fragment(text: string): MustacheTree;
}

/** Nodes `index`, `next[index]`, … up to `stop` of one tree: a container's children or a whole document. */
interface Frame {
  tree: MustacheTree;
  index: number;
  /** Where the nodes to render end; `first` is where they start, for the next item of a list. */
  stop: number;
  first: number;
  /** A list section: the remaining items, each rendered as the innermost context in turn. */
  items: readonly unknown[] | null;
  next: number;
  popContext: boolean;
  popInclude: boolean;
  /** Block names this frame's parent tag overrode, forgotten when the parent is done. */
  overrides: string[] | null;
}

const frame = (tree: MustacheTree, first: number, stop: number, popContext = false): Frame => ({
  tree,
  index: first,
  stop,
  first,
  items: null,
  next: 0,
  popContext,
  popInclude: false,
  overrides: null,
});

/**
 * Renders a mustache tree with an explicit stack (no recursion, so no depth can overflow it),
 * checking the render's bounds at every node.
 */
export function renderMustache(root: MustacheTree, data: Lookup, state: RenderState, includes: MustacheIncludes) {
  const context = new ContextStack(data);
  /** Block overrides in force: the outermost document's win, as the inheritance spec says. */
  const overrides = new Map<string, string>();
  const stack: Frame[] = [frame(root, 0, root.length)];
  // The tag being rendered, for messages and limits, which read it at once. One object per
  // render, moved from tag to tag: the tree has no object per tag to point at.
  const tag: Tagged = { start: 0, end: 0, origin: root.origin };
  const at = (tree: MustacheTree, i: number): Tagged => {
    tag.start = tree.starts[i]!;
    tag.end = tree.ends[i]!;
    tag.origin = tree.origin;
    return tag;
  };

  while (stack.length > 0 && state.step()) {
    const top = stack[stack.length - 1]!;
    if (top.index >= top.stop) {
      if (top.items && top.next < top.items.length) {
        context.pop();
        context.push(top.items[top.next++]);
        top.index = top.first;
        continue;
      }
      stack.pop();
      if (top.popContext) context.pop();
      if (top.popInclude) includes.leave();
      if (top.overrides) for (const name of top.overrides) overrides.delete(name);
      continue;
    }
    const tree = top.tree;
    const i = top.index;
    top.index = tree.next[i]!;
    const kind = tree.kind(i);
    if (kind === TEXT) {
      state.write(tree.text(i));
      continue;
    }
    const { name, path } = tree.name(i);
    switch (kind) {
      case VARIABLE:
      case RAW_VARIABLE: {
        state.at = at(tree, i);
        const value = context.lookup(path);
        if (value === NOT_FOUND) {
          state.writeMissing(name, tag);
          break;
        }
        const text = formatMustacheValue(value, tag, state);
        state.writeValue(kind === VARIABLE && state.options.escape === "html" ? escapeHtml(text) : text, name);
        break;
      }
      case SECTION:
      case INVERTED: {
        const found = context.lookup(path);
        const value = found === NOT_FOUND ? undefined : found;
        const children = frame(tree, i + 1, tree.next[i]!);
        if (kind === INVERTED) {
          if (isFalsy(value)) stack.push(children);
        } else if (Array.isArray(value)) {
          if (value.length === 0) break;
          context.push(value[0]);
          children.popContext = true;
          children.items = value;
          children.next = 1;
          stack.push(children);
        } else if (!isFalsy(value)) {
          context.push(value);
          children.popContext = true;
          stack.push(children);
        }
        break;
      }
      case PARTIAL:
      case PARENT: {
        state.at = at(tree, i);
        const included = tree.has(i, DYNAMIC) ? dynamicName(context, name) : name;
        if (included === null) break;
        // An include is parsed in its includer's dialect: mustache, so it has its columns.
        const child = includes.enter(included, tree.indent(i), tag)?.mustache;
        if (!child) break;
        const next = frame(child, 0, child.length);
        next.popInclude = true;
        if (kind === PARENT) next.overrides = addOverrides(tree, i, overrides);
        stack.push(next);
        break;
      }
      case BLOCK: {
        const override = overrides.get(name);
        if (override === undefined) {
          stack.push(frame(tree, i + 1, tree.next[i]!));
          break;
        }
        const fragment = includes.fragment(isStandalone(tree, i) ? indentText(override, blockIndent(tree, i)) : override);
        stack.push(frame(fragment, 0, fragment.length));
        break;
      }
    }
  }
}

/** The blocks directly inside a parent tag override the parent's, unless an outer document already did. */
function addOverrides(tree: MustacheTree, parent: number, overrides: Map<string, string>): string[] {
  const added: string[] = [];
  for (let child = parent + 1; child < tree.next[parent]!; child = tree.next[child]!) {
    if (tree.kind(child) !== BLOCK) continue;
    const { name } = tree.name(child);
    if (overrides.has(name)) continue;
    overrides.set(name, overrideText(tree, child));
    added.push(name);
  }
  return added;
}

/** `{{>*name}}`: the partial named by the value of `name`; nothing when that is not text. */
function dynamicName(context: ContextStack, name: string): string | null {
  const value = context.lookup(name === "." ? ["."] : name.split("."));
  return typeof value === "string" && value !== "" ? value : null;
}

/** Prefixes every line holding more than blanks, as the inheritance spec re-indents blocks. */
export function indentText(text: string, indent: string): string {
  if (!indent) return text;
  return text.replace(/^(?=[^\n]*\S)/gm, indent);
}

function isFalsy(value: unknown): boolean {
  return value === undefined || value === null || value === false || value === "" || value === 0 || Number.isNaN(value) || (Array.isArray(value) && value.length === 0);
}
