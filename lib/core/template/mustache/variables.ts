import { Collected, CollectedBlock, type Scope } from "../collected";
import { BLOCK, CLOSE_END, DYNAMIC, INVERTED, PARENT, PARTIAL, SECTION, TEXT, VARIABLE, RAW_VARIABLE, type MustacheTree } from "./tree";

/**
 * The variables a mustache template uses, for generating its form; what it includes; and its
 * inheritance blocks. One pass over the columns in document order (pre-order), with a stack of
 * where the open containers end and the scope inside them: no recursion, no object per node.
 */
export function collectMustacheVariables(tree: MustacheTree) {
  const collected = new Collected();
  const { starts, ends, next } = tree;
  const lines = tree.origin.lines;
  // The open containers: where each ends, the scope inside it, and whether only its block
  // children count (inside a parent tag everything else is ignored, as the spec says).
  const stops: number[] = [];
  const scopes: Scope[] = [];
  const blocksOnly: boolean[] = [];
  let scope = collected.root;
  let onlyBlocks = false;

  let i = 0;
  while (i < tree.length) {
    while (stops.length > 0 && i >= stops[stops.length - 1]!) {
      stops.pop();
      scopes.pop();
      blocksOnly.pop();
      scope = scopes.length > 0 ? scopes[scopes.length - 1]! : collected.root;
      onlyBlocks = blocksOnly.length > 0 && blocksOnly[blocksOnly.length - 1]!;
    }
    const kind = tree.kind(i);
    if (onlyBlocks && kind !== BLOCK) {
      i = next[i]!;
      continue;
    }
    if (kind === TEXT) {
      i++;
      continue;
    }
    const { name, path } = tree.name(i);
    if (kind === VARIABLE || kind === RAW_VARIABLE) {
      if (name !== ".") collected.add(path, "text", scope, lines, starts[i]!, ends[i]!);
    } else if (kind === PARTIAL || kind === PARENT) {
      if (tree.has(i, DYNAMIC)) collected.add(name.split("."), "text", scope, lines, starts[i]!, ends[i]!);
      else collected.includes.push({ name, range: lines.range(starts[i]!, ends[i]!) });
      if (kind === PARENT) {
        collected.blocks.push(new CollectedBlock(name, "parent", lines, starts[i]!, ends[i]!, tree.extra(i, CLOSE_END)));
        enter(i, scope, true);
      }
    } else if (kind === BLOCK) {
      collected.blocks.push(new CollectedBlock(name, "block", lines, starts[i]!, ends[i]!, tree.extra(i, CLOSE_END)));
      enter(i, scope, false);
    } else if (kind === SECTION || kind === INVERTED) {
      if (name !== ".") collected.add(path, kind === INVERTED ? "condition" : "list", scope, lines, starts[i]!, ends[i]!);
      enter(i, collected.inner(scope, name), false);
    }
    i++;
  }
  return collected.result();

  function enter(container: number, inside: Scope, onlyBlockChildren: boolean) {
    if (next[container] === container + 1) return; // no children
    stops.push(next[container]!);
    scopes.push(inside);
    blocksOnly.push(onlyBlockChildren);
    scope = inside;
    onlyBlocks = onlyBlockChildren;
  }
}
