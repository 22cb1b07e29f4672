import type { Tagged } from "../ast";
import { CollectedBlock, VariableUses } from "../collected";
import { rangeOf } from "../positions";
import type { TemplateBlock, TemplateInclude, VariableKind } from "../types";
import type { JinjaExpr, JinjaNode } from "./ast";

const LIST_FILTERS = new Set(["length", "count", "join"]);

interface Loop {
  target: string;
  /** The iterable's name, which scopes the fields of its items. */
  name: string;
  parent: Loop | null;
  scope?: string[];
}

/**
 * The variables a Jinja template reads from its data, for the form: printed paths are text,
 * conditions are conditions, what a loop walks (or `length`/`join` reads) is a list. Fields of a
 * loop's item (`item.name` in `for item in items`) are scoped to the list; names the template
 * sets itself and `loop` are not asked for. Also what it includes, and its inheritance blocks
 * and `extends` for the outline.
 */
export function collectJinjaVariables(nodes: readonly JinjaNode[]) {
  const byKey = new Map<string, VariableUses>();
  const includes: TemplateInclude[] = [];
  const blocks: TemplateBlock[] = [];
  const assigned = new Set<string>();

  const add = (path: string[], kind: VariableKind, tag: Tagged, scope: string[]) => {
    const name = path.length === 1 ? path[0]! : path.join(".");
    // Scoped keys hold \u0001 and top-level ones never do, so they cannot collide.
    const key = scope.length === 0 ? name : `${scope.join("\u0000")}\u0001${name}`;
    const existing = byKey.get(key);
    if (!existing) byKey.set(key, new VariableUses(name, path, kind, scope, tag.origin.lines, tag.start, tag.end));
    else existing.add(tag.start, tag.end, kind);
  };

  const scopeOf = (loop: Loop | null): string[] => {
    if (!loop) return [];
    loop.scope ??= [...scopeOf(loop.parent), loop.name];
    return loop.scope;
  };

  const findLoop = (name: string, loop: Loop | null): Loop | null => {
    for (let at = loop; at; at = at.parent) if (at.target === name) return at;
    return null;
  };

  function expr(root: JinjaExpr, rootKind: VariableKind, tag: Tagged, loop: Loop | null) {
    // Most tags print or test one plain name: counted without the walk's allocations.
    if (root.kind === "name" && !findLoop(root.name, loop)) {
      if ((root.name === "loop" && loop) || assigned.has(root.name)) return;
      const existing = byKey.get(root.name);
      if (existing) existing.add(tag.start, tag.end, rootKind);
      else add([root.name], rootKind, tag, []);
      return;
    }
    const pending: [JinjaExpr, VariableKind][] = [[root, rootKind]];
    while (pending.length) {
      const [node, kind] = pending.pop()!;
      switch (node.kind) {
        case "name":
        case "attr":
        case "index":
          path(node, kind, tag, loop, pending);
          break;
        case "filter": {
          const isDefault = node.name === "default" || node.name === "d";
          pending.push([node.input, LIST_FILTERS.has(node.name) ? "list" : isDefault ? kind : "text"]);
          for (const arg of [...node.args, ...Object.values(node.kwargs)]) pending.push([arg, isDefault ? kind : "text"]);
          break;
        }
        case "not":
          pending.push([node.operand, kind]);
          break;
        case "neg":
          pending.push([node.operand, "text"]);
          break;
        case "and":
        case "or":
          pending.push([node.left, kind], [node.right, kind]);
          break;
        case "compare": {
          pending.push([node.first, "text"]);
          for (const part of node.rest) pending.push([part.right, part.op === "in" || part.op === "not in" ? "list" : "text"]);
          break;
        }
        case "list":
          for (const item of node.items) pending.push([item, "text"]);
          break;
      }
    }
  }

  /** `user.name`, `items[0]`, `item.title` inside a loop over items, `rows[i]`. */
  function path(node: JinjaExpr, kind: VariableKind, tag: Tagged, loop: Loop | null, pending: [JinjaExpr, VariableKind][]) {
    const keys: string[] = [];
    let at = node;
    let effective = kind;
    for (;;) {
      if (at.kind === "attr") keys.unshift(at.key);
      else if (at.kind === "index") {
        if (at.index.kind === "literal" && typeof at.index.value === "string") keys.unshift(at.index.value);
        else {
          // A numeric or computed index: what comes before it is the list (or map) itself.
          if (at.index.kind !== "literal") pending.push([at.index, "text"]);
          keys.length = 0;
          effective = at.index.kind === "literal" ? "list" : "object";
        }
      } else break;
      at = at.object;
    }
    if (at.kind !== "name") return;
    const owner = findLoop(at.name, loop);
    if (owner) {
      if (keys.length) add(keys, effective, tag, scopeOf(owner));
      return;
    }
    if (at.name === "loop" && loop) return;
    if (assigned.has(at.name)) return;
    add([at.name, ...keys], effective, tag, []);
  }

  function walk(list: readonly JinjaNode[], loop: Loop | null) {
    for (const node of list) {
      switch (node.type) {
        case "output":
          expr(node.expr, "text", node, loop);
          break;
        case "if":
          for (const branch of node.branches) {
            if (branch.cond) expr(branch.cond, "condition", node, loop);
            walk(branch.children, loop);
          }
          break;
        case "for": {
          expr(node.iter, "list", node, loop);
          walk(node.children, { target: node.target, name: iterableName(node.iter, loop), parent: loop });
          walk(node.elseChildren, loop);
          break;
        }
        case "set":
          expr(node.expr, "text", node, loop);
          assigned.add(node.name);
          break;
        case "include":
        case "extends":
          includes.push({ name: node.name, range: rangeOf(node) });
          // `extends` has no closing tag: it governs the rest of the document.
          if (node.type === "extends") blocks.push(CollectedBlock.of(node.name, "parent", node));
          break;
        case "block":
          blocks.push(CollectedBlock.of(node.name, "block", node));
          walk(node.children, loop);
          break;
      }
    }
  }

  walk(nodes, null);
  return { variables: Array.from(byKey.values(), (uses) => uses.variable), includes, blocks };
}

/** `items` for `items`, `user.items` for `user.items`, `children` for `item.children` in a loop over items. */
function iterableName(expr: JinjaExpr, loop: Loop | null): string {
  const keys: string[] = [];
  let at = expr;
  while (at.kind === "attr" || at.kind === "index") {
    keys.unshift(at.kind === "attr" ? at.key : at.index.kind === "literal" ? String(at.index.value) : "…");
    at = at.object;
  }
  if (at.kind !== "name") return "…";
  let inLoop = false;
  for (let frame = loop; frame; frame = frame.parent) if (frame.target === at.name) inLoop = true;
  return inLoop ? (keys.length ? keys.join(".") : at.name) : [at.name, ...keys].join(".");
}
