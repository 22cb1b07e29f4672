import { Collected, CollectedBlock, type Scope } from "../collected";
import { IntStack } from "../int-stack";
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
  // The open containers: where each ends, with the low bit set when only its block children
  // count (inside a parent tag everything else is ignored, as the spec says); and the scope
  // inside each.
  const stops = new IntStack();
  const scopes: Scope[] = [];
  let scope = collected.root;
  let onlyBlocks = false;

  let i = 0;
  while (i < tree.length) {
    while (stops.length > 0 && i >= stops.top() >> 1) {
      stops.pop();
      scopes.pop();
      scope = scopes.length > 0 ? scopes[scopes.length - 1]! : collected.root;
      onlyBlocks = stops.length > 0 && (stops.top() & 1) === 1;
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
    const ref = tree.nameRef(i);
    const { name, path } = tree.names[ref]!;
    if (kind === VARIABLE || kind === RAW_VARIABLE) {
      if (name !== ".") collected.addByRef(ref, path, "text", scope, lines, starts[i]!, ends[i]!);
    } else if (kind === PARTIAL || kind === PARENT) {
      if (tree.has(i, DYNAMIC)) collected.addByRef(ref, name.split("."), "text", scope, lines, starts[i]!, ends[i]!);
      else collected.includes.push({ name, range: lines.range(starts[i]!, ends[i]!) });
      if (kind === PARENT) {
        collected.blocks.push(new CollectedBlock(name, "parent", lines, starts[i]!, ends[i]!, tree.extra(i, CLOSE_END)));
        enter(i, scope, true);
      }
    } else if (kind === BLOCK) {
      collected.blocks.push(new CollectedBlock(name, "block", lines, starts[i]!, ends[i]!, tree.extra(i, CLOSE_END)));
      enter(i, scope, false);
    } else if (kind === SECTION || kind === INVERTED) {
      if (name !== ".") collected.addByRef(ref, path, kind === INVERTED ? "condition" : "list", scope, lines, starts[i]!, ends[i]!);
      enter(i, collected.inner(scope, name), false);
    }
    i++;
  }
  return collected.result();

  function enter(container: number, inside: Scope, onlyBlockChildren: boolean) {
    if (next[container] === container + 1) return; // no children
    // Node indexes stay below 2^30 (a string is shorter), so the shift cannot overflow.
    stops.push((next[container]! << 1) | (onlyBlockChildren ? 1 : 0));
    scopes.push(inside);
    scope = inside;
    onlyBlocks = onlyBlockChildren;
  }
}
