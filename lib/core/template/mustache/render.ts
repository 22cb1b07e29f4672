import type { MustacheBlockNode, MustacheNode, MustacheParentNode, Tagged } from "../ast";
import type { RenderState } from "../render-state";
import { NOT_FOUND, escapeHtml, type Lookup } from "../values";
import { blockIndent, overrideText } from "./blocks";
import { ContextStack } from "./context";
import { formatMustacheValue } from "./format-value";

export interface MustacheIncludes {
  /** The parsed document `name` indented by `indent`, its name pushed on the include chain; null when refused. */
  enter(name: string, indent: string, node: Tagged): readonly unknown[] | null;
  leave(): void;
  /** Mustache text (a block override) parsed once per render. */
  fragment(text: string): MustacheNode[];
}

interface Frame {
  nodes: readonly MustacheNode[];
  index: number;
  /** A list section: the remaining items, each rendered as the innermost context in turn. */
  items: readonly unknown[] | null;
  next: number;
  popContext: boolean;
  popInclude: boolean;
  /** Block names this frame's parent tag overrode, forgotten when the parent is done. */
  overrides: string[] | null;
}

const frame = (nodes: readonly MustacheNode[], popContext = false): Frame => ({ nodes, index: 0, items: null, next: 0, popContext, popInclude: false, overrides: null });

/**
 * Renders mustache nodes with an explicit stack (no recursion, so no depth can overflow it),
 * checking the render's bounds at every node.
 */
export function renderMustache(nodes: readonly MustacheNode[], data: Lookup, state: RenderState, includes: MustacheIncludes) {
  const context = new ContextStack(data);
  /** Block overrides in force: the outermost document's win, as the inheritance spec says. */
  const overrides = new Map<string, string>();
  const stack: Frame[] = [frame(nodes)];

  while (stack.length > 0 && state.step()) {
    const top = stack[stack.length - 1]!;
    if (top.index >= top.nodes.length) {
      if (top.items && top.next < top.items.length) {
        context.pop();
        context.push(top.items[top.next++]);
        top.index = 0;
        continue;
      }
      stack.pop();
      if (top.popContext) context.pop();
      if (top.popInclude) includes.leave();
      if (top.overrides) for (const name of top.overrides) overrides.delete(name);
      continue;
    }
    const node = top.nodes[top.index++]!;
    switch (node.type) {
      case "text":
        state.write(node.text);
        break;
      case "variable": {
        state.at = node;
        const value = context.lookup(node.path);
        if (value === NOT_FOUND) {
          state.writeMissing(node.name, node);
          break;
        }
        const text = formatMustacheValue(value, node, state);
        state.writeValue(node.escape && state.options.escape === "html" ? escapeHtml(text) : text, node.name);
        break;
      }
      case "section": {
        const found = context.lookup(node.path);
        const value = found === NOT_FOUND ? undefined : found;
        if (node.inverted) {
          if (isFalsy(value)) stack.push(frame(node.children));
        } else if (Array.isArray(value)) {
          if (value.length === 0) break;
          context.push(value[0]);
          stack.push({ ...frame(node.children, true), items: value, next: 1 });
        } else if (!isFalsy(value)) {
          context.push(value);
          stack.push(frame(node.children, true));
        }
        break;
      }
      case "partial":
      case "parent": {
        state.at = node;
        const name = node.dynamic ? dynamicName(context, node.name) : node.name;
        if (name === null) break;
        const child = includes.enter(name, node.indent, node) as readonly MustacheNode[] | null;
        if (!child) break;
        const next = { ...frame(child), popInclude: true };
        if (node.type === "parent") next.overrides = addOverrides(node, overrides);
        stack.push(next);
        break;
      }
      case "block": {
        const override = overrides.get(node.name);
        if (override === undefined) {
          stack.push(frame(node.children));
          break;
        }
        stack.push(frame(includes.fragment(node.standalone ? indentText(override, blockIndent(node)) : override)));
        break;
      }
    }
  }
}

/** The blocks directly inside a parent tag override the parent's, unless an outer document already did. */
function addOverrides(parent: MustacheParentNode, overrides: Map<string, string>): string[] {
  const added: string[] = [];
  for (const child of parent.children) {
    if (child.type !== "block" || overrides.has(child.name)) continue;
    overrides.set(child.name, overrideText(child as MustacheBlockNode));
    added.push(child.name);
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
