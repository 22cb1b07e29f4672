import type { MustacheNode } from "../ast";
import type { TemplateOrigin } from "../positions";

/** What a node is; the number stored in `MustacheTree.kinds`. */
export const TEXT = 0;
export const VARIABLE = 1;
/** `{{{name}}}` or `{{&name}}`: never HTML-escaped. */
export const RAW_VARIABLE = 2;
export const SECTION = 3;
export const INVERTED = 4;
export const PARTIAL = 5;
export const PARENT = 6;
export const BLOCK = 7;

/** Flags stored above the kind. */
export const DYNAMIC = 8; // `{{>*name}}`, `{{<*name}}`: the name is the value of `name`
export const STANDALONE = 16; // a block whose tags stand alone on their lines

/** A name as tags carry it; one object per distinct name in a parse, shared by its tags. */
export interface MustacheName {
  name: string;
  path: string[];
}

const MIN_CAPACITY = 64;
/** Every node but the first text costs a tag of 5 characters or more: a fair first guess. */
const capacityFor = (sourceLength: number) => Math.max(MIN_CAPACITY, sourceLength >> 3);

/** A copy of `column` twice as long (typed arrays cannot grow in place). */
function doubled<T extends Uint8Array | Int32Array>(column: T): T {
  const wider = new (column.constructor as new (length: number) => T)(column.length * 2);
  wider.set(column);
  return wider;
}

/** Fields of the extra record a partial, parent or block has (see MustacheTree). */
export const CLOSE_END = 1;
export const INDENT = 2;
export const CONTENT_START = 3;
export const CONTENT_END = 4;

/**
 * A parsed mustache document as columns (struct of arrays) rather than one object per node.
 * A megabyte of tags is a hundred thousand nodes or more: as objects they were most of the
 * parse's time (allocating them, then the garbage collector copying every one of them while
 * the parse still holds them). Typed arrays hold numbers outside the collected heap, and only
 * the columns every node needs exist: a node costs 14 bytes.
 *
 * Nodes are stored in document order (pre-order), so a container's children follow it:
 * the children of node `i` are `i + 1`, then `next[i + 1]`, … up to `next[i]`; a leaf's
 * `next` is `i + 1`. The document's own nodes run from 0 to `length` the same way.
 *
 * `starts`/`ends` are the tag's offsets in `origin.source`. `refs` points into `texts` (TEXT),
 * `names` (variables, sections) or `extras` (PARTIAL, PARENT, BLOCK: a record of five
 * numbers, the name's index first, then the fields above; read them with `extra`).
 */
export class MustacheTree {
  length = 0;
  /** The kind in the low 3 bits, DYNAMIC and STANDALONE above. */
  kinds: Uint8Array;
  starts: Int32Array;
  ends: Int32Array;
  next: Int32Array;
  refs: Int32Array;
  readonly texts: string[] = [];
  readonly names: MustacheName[] = [];
  extras = new Int32Array(MIN_CAPACITY);
  private extrasLength = 0;

  constructor(readonly origin: TemplateOrigin) {
    const capacity = capacityFor(origin.source.length);
    this.kinds = new Uint8Array(capacity);
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
    this.next = new Int32Array(capacity);
    this.refs = new Int32Array(capacity);
  }

  /** Appends a node (as a leaf: a container's `next` is set when it closes) and returns its index. */
  add(kind: number, start: number, end: number, ref: number): number {
    const i = this.length;
    if (i === this.kinds.length) this.grow();
    this.kinds[i] = kind;
    this.starts[i] = start;
    this.ends[i] = end;
    this.next[i] = i + 1;
    this.refs[i] = ref;
    this.length = i + 1;
    return i;
  }

  /** Appends a partial, parent or block, with its extra record zeroed but for `closeEnd` (-1). */
  addWithExtra(kind: number, start: number, end: number, name: number): number {
    const record = this.extrasLength;
    this.extrasLength += 5;
    if (this.extrasLength > this.extras.length) this.extras = doubled(this.extras);
    this.extras[record] = name;
    this.extras[record + CLOSE_END] = -1;
    return this.add(kind, start, end, record);
  }

  kind(i: number): number {
    return this.kinds[i]! & 7;
  }

  has(i: number, flag: number): boolean {
    return (this.kinds[i]! & flag) !== 0;
  }

  name(i: number): MustacheName {
    return this.names[this.nameRef(i)]!;
  }

  /** Where node `i`'s name is in `names`: the same index for every tag with that name. */
  nameRef(i: number): number {
    const ref = this.refs[i]!;
    return this.kind(i) >= PARTIAL ? this.extras[ref]! : ref;
  }

  text(i: number): string {
    return this.texts[this.refs[i]!]!;
  }

  extra(i: number, field: number): number {
    return this.extras[this.refs[i]! + field]!;
  }

  setExtra(i: number, field: number, value: number) {
    this.extras[this.refs[i]! + field] = value;
  }

  /** Blanks before a standalone tag: a partial's lines get them; a block's override may. */
  indent(i: number): string {
    const start = this.starts[i]!;
    const length = this.extra(i, INDENT);
    return length === 0 ? "" : this.origin.source.slice(start - length, start);
  }

  private grow() {
    this.kinds = doubled(this.kinds);
    this.starts = doubled(this.starts);
    this.ends = doubled(this.ends);
    this.next = doubled(this.next);
    this.refs = doubled(this.refs);
  }
}

/**
 * The tree as `MustacheNode` objects, for readers of `ParsedTemplate.nodes` (the engine itself
 * reads the columns). Built on demand with an explicit stack: any depth.
 */
export function mustacheNodes(tree: MustacheTree): MustacheNode[] {
  const root: MustacheNode[] = [];
  const lists: MustacheNode[][] = [root];
  const ends: number[] = [tree.length];
  const { origin } = tree;
  for (let i = 0; i < tree.length; i++) {
    while (i >= ends[ends.length - 1]!) {
      lists.pop();
      ends.pop();
    }
    const out = lists[lists.length - 1]!;
    const kind = tree.kind(i);
    if (kind === TEXT) {
      out.push({ type: "text", text: tree.text(i) });
      continue;
    }
    const { name, path } = tree.name(i);
    const start = tree.starts[i]!;
    const end = tree.ends[i]!;
    const dynamic = tree.has(i, DYNAMIC);
    const children: MustacheNode[] = [];
    if (kind === VARIABLE || kind === RAW_VARIABLE) out.push({ type: "variable", name, path, escape: kind === VARIABLE, start, end, origin });
    else if (kind === PARTIAL) out.push({ type: "partial", name, dynamic, indent: tree.indent(i), start, end, origin });
    else {
      if (kind === SECTION || kind === INVERTED) out.push({ type: "section", name, path, inverted: kind === INVERTED, children, start, end, origin });
      else if (kind === PARENT) out.push({ type: "parent", name, dynamic, indent: tree.indent(i), children, start, end, origin, closeEnd: tree.extra(i, CLOSE_END) });
      else {
        const standalone = tree.has(i, STANDALONE);
        const contentStart = tree.extra(i, CONTENT_START);
        const contentEnd = tree.extra(i, CONTENT_END);
        out.push({ type: "block", name, children, contentStart, contentEnd, standalone, before: tree.indent(i), start, end, origin, closeEnd: tree.extra(i, CLOSE_END) });
      }
      lists.push(children);
      ends.push(tree.next[i]!);
    }
  }
  return root;
}
