import type { MustacheNode } from "../ast";
import type { RenderState } from "../render-state";
import { NOT_FOUND, escapeHtml, isRecord, property, type Lookup } from "../values";

export type IncludeRenderer = (name: string, indent: string, context: unknown[], state: RenderState, node: MustacheNode & { type: "partial" }) => void;

/** Renders mustache nodes against a context stack (innermost last). */
export function renderMustache(nodes: readonly MustacheNode[], stack: unknown[], state: RenderState, include: IncludeRenderer) {
  for (const node of nodes) {
    switch (node.type) {
      case "text":
        state.write(node.text);
        break;
      case "variable": {
        const value = lookup(stack, node.path);
        if (value === NOT_FOUND) {
          state.writeMissing(node.name, node.raw, node.range);
          break;
        }
        const text = stringify(value);
        state.writeValue(node.escape && state.options.escape === "html" ? escapeHtml(text) : text, node.name);
        break;
      }
      case "section": {
        const found = lookup(stack, node.path);
        const value = found === NOT_FOUND ? undefined : found;
        if (node.inverted) {
          if (isFalsy(value)) renderMustache(node.children, stack, state, include);
        } else if (Array.isArray(value)) {
          for (const item of value) renderMustache(node.children, [...stack, item], state, include);
        } else if (!isFalsy(value)) {
          renderMustache(node.children, [...stack, value], state, include);
        }
        break;
      }
      case "partial":
        include(node.name, node.indent, stack, state, node);
        break;
    }
  }
}

/**
 * Mustache name resolution: the first part is looked up from the innermost context outwards;
 * the rest is followed from there only (a broken chain does not fall back to outer contexts).
 */
function lookup(stack: readonly unknown[], path: readonly string[]): Lookup {
  if (path.length === 1 && path[0] === ".") return stack.length > 0 ? stack[stack.length - 1] : NOT_FOUND;
  let value: Lookup = NOT_FOUND;
  for (let i = stack.length - 1; i >= 0 && value === NOT_FOUND; i--) value = property(stack[i], path[0]!);
  for (let i = 1; i < path.length && value !== NOT_FOUND; i++) value = property(value, path[i]!);
  return value;
}

function isFalsy(value: unknown): boolean {
  return value === undefined || value === null || value === false || value === "" || value === 0 || Number.isNaN(value) || (Array.isArray(value) && value.length === 0);
}

function stringify(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
  if (Array.isArray(value) || isRecord(value)) return JSON.stringify(value);
  return String(value);
}
