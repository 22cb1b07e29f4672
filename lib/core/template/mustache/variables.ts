import { Collected, CollectedInclude, type Scope } from "../collected";
import { IntStack } from "../int-stack";
import type { Position, SourceRange, TemplateBlock } from "../types";
import { BLOCK, CLOSE_END, DYNAMIC, INVERTED, PARENT, PARTIAL, SECTION, TEXT, VARIABLE, RAW_VARIABLE, type MustacheTree } from "./tree";

const ONLY_BLOCKS = 1;
const NEW_SCOPE = 2;

/**
 * A block or parent tag for the outline: the tree and the node's index, the rest read when
 * asked (a document nested a hundred thousand blocks deep keeps two fields per block).
 */
class MustacheBlock implements TemplateBlock {
  constructor(
    private readonly tree: MustacheTree,
    private readonly index: number,
  ) {}

  get name(): string {
    return this.tree.name(this.index).name;
  }

  get kind(): TemplateBlock["kind"] {
    return this.tree.kind(this.index) === PARENT ? "parent" : "block";
  }

  get range(): SourceRange {
    return this.tree.origin.lines.range(this.tree.starts[this.index]!, this.tree.ends[this.index]!);
  }

  get end(): Position | null {
    const closeEnd = this.tree.extra(this.index, CLOSE_END);
    return closeEnd < 0 ? null : this.tree.origin.lines.position(closeEnd);
  }

  toJSON(): TemplateBlock {
    return { name: this.name, kind: this.kind, range: this.range, end: this.end };
  }
}

/**
 * The variables a mustache template uses, for generating its form; what it includes; and its
 * inheritance blocks. One pass over the columns in document order (pre-order), with a stack of
 * where the open containers end and the scope inside them: no recursion, no object per node.
 */
export function collectMustacheVariables(tree: MustacheTree) {
  const collected = new Collected();
  const { starts, ends, next } = tree;
  const lines = tree.origin.lines;
  // The open containers: where each ends, and its bits: ONLY_BLOCKS when only its block
  // children count (inside a parent tag everything else is ignored, as the spec says),
  // NEW_SCOPE when it opened a scope (a section), kept on `scopes`.
  const stops = new IntStack();
  const bits = new IntStack();
  const scopes: Scope[] = [];
  let scope = collected.root;
  let onlyBlocks = false;

  let i = 0;
  while (i < tree.length) {
    while (stops.length > 0 && i >= stops.top()) {
      stops.pop();
      if (bits.pop() & NEW_SCOPE) {
        scopes.pop();
        scope = scopes.length > 0 ? scopes[scopes.length - 1]! : collected.root;
      }
      onlyBlocks = bits.length > 0 && (bits.top() & ONLY_BLOCKS) !== 0;
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
      if (name !== ".") collected.addByRef(ref, name, path, "text", scope, lines, starts[i]!, ends[i]!);
    } else if (kind === PARTIAL || kind === PARENT) {
      if (tree.has(i, DYNAMIC)) collected.addByRef(ref, name, name.split("."), "text", scope, lines, starts[i]!, ends[i]!);
      else collected.includes.push(new CollectedInclude(name, lines, starts[i]!, ends[i]!));
      if (kind === PARENT) {
        collected.blocks.push(new MustacheBlock(tree, i));
        enter(i, null, true);
      }
    } else if (kind === BLOCK) {
      collected.blocks.push(new MustacheBlock(tree, i));
      enter(i, null, false);
    } else if (kind === SECTION || kind === INVERTED) {
      if (name !== ".") collected.addByRef(ref, name, path, kind === INVERTED ? "condition" : "list", scope, lines, starts[i]!, ends[i]!);
      enter(i, collected.inner(scope, name), false);
    }
    i++;
  }
  return collected.result();

  /** Enters a container's children; `inside` is the scope a section opens, null for the same one. */
  function enter(container: number, inside: Scope | null, onlyBlockChildren: boolean) {
    if (next[container] === container + 1) return; // no children
    stops.push(next[container]!);
    bits.push((onlyBlockChildren ? ONLY_BLOCKS : 0) | (inside ? NEW_SCOPE : 0));
    if (inside) {
      scopes.push(inside);
      scope = inside;
    }
    onlyBlocks = onlyBlockChildren;
  }
}
