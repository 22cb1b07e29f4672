import type { GoExpr, GoNode } from "../ast";
import type { TemplateOrigin } from "../positions";

/** What a node is; the number stored in `GoTree.kinds`. */
export const TEXT = 0;
export const PRINT = 1;
export const IF = 2;
export const RANGE = 3;
export const WITH = 4;
/** A branch of an if, range or with: `refs` holds its condition's index, or -1 (an else, a body). */
export const BRANCH = 5;
/** `{{template "name" arg}}`; `refs` points into `templates`. */
export const TEMPLATE = 6;
/** `{{block "name" arg}}…{{end}}`: defines `name` and runs it; its children are the default. */
export const BLOCK = 7;
export const DEFINE = 8;

/** Set on an if, range or with once its plain `{{else}}` is seen (a second one is refused). */
export const SAW_ELSE = 16;
const KIND_MASK = 15;

/** What a template, block or define tag carries besides its position: rare, so an object. */
export interface GoTemplateRecord {
  name: string;
  arg: GoExpr | null;
  /** Where the `{{end}}` of a block or define ends; -1 until (unless) it is parsed. */
  closeEnd: number;
}

const MIN_CAPACITY = 16;
/** The smallest action (`{{.}}`) is 5 characters; most of a document is text, so a quarter of that. */
const capacityFor = (sourceLength: number) => Math.max(MIN_CAPACITY, sourceLength >> 5);

function doubled<T extends Uint8Array | Int32Array>(column: T): T {
  const wider = new (column.constructor as new (length: number) => T)(column.length * 2);
  wider.set(column);
  return wider;
}

/**
 * A parsed Go template as columns (struct of arrays), not one object per node: a megabyte of
 * nested actions is a hundred thousand blocks, and as objects (a node, its branch list, a
 * branch, a child list) they were most of the parse's time, allocating them and then the
 * garbage collector copying them while the parse still held them.
 *
 * Nodes are stored in document order (pre-order): the children of node `i` are `i + 1`, then
 * `next[i + 1]`, … up to `next[i]`; a leaf's `next` is `i + 1`. An if, range or with has only
 * BRANCH children: an if one per condition and else, a range or with its body then maybe its
 * else. `refs` points into `texts` (TEXT), `exprs` (PRINT, RANGE, WITH, BRANCH; -1 for none)
 * or `templates` (TEMPLATE, BLOCK, DEFINE). `starts`/`ends` are the tag's offsets in
 * `origin.source`, or a TEXT's own (after any trim). A TEXT whose ref is -1 is that part of
 * the source, read when rendered: an action outside the subset, kept as written (a line of a
 * million of them must not cost a string each).
 */
export class GoTree {
  length = 0;
  kinds: Uint8Array;
  starts: Int32Array;
  ends: Int32Array;
  next: Int32Array;
  refs: Int32Array;
  readonly texts: string[] = [];
  readonly exprs: GoExpr[] = [];
  readonly templates: GoTemplateRecord[] = [];

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

  kind(i: number): number {
    return this.kinds[i]! & KIND_MASK;
  }

  text(i: number): string {
    const ref = this.refs[i]!;
    return ref < 0 ? this.origin.source.slice(this.starts[i]!, this.ends[i]!) : this.texts[ref]!;
  }

  expr(i: number): GoExpr | null {
    const ref = this.refs[i]!;
    return ref < 0 ? null : this.exprs[ref]!;
  }

  template(i: number): GoTemplateRecord {
    return this.templates[this.refs[i]!]!;
  }

  private grow() {
    this.kinds = doubled(this.kinds);
    this.starts = doubled(this.starts);
    this.ends = doubled(this.ends);
    this.next = doubled(this.next);
    this.refs = doubled(this.refs);
  }
}

const TYPES = { [IF]: "if", [RANGE]: "range", [WITH]: "with", [TEMPLATE]: "template", [BLOCK]: "template", [DEFINE]: "define" } as const;

/** The name a block kind has in messages: `{{block}}` is a template node that defines. */
export function blockWord(tree: GoTree, i: number): string {
  const kind = tree.kind(i);
  return kind === BLOCK ? "block" : TYPES[kind as keyof typeof TYPES];
}

/**
 * The tree as `GoNode` objects, for readers of `ParsedTemplate.nodes` (the engine itself reads
 * the columns). Built on demand with an explicit stack: any depth.
 */
export function goNodes(tree: GoTree): GoNode[] {
  const root: GoNode[] = [];
  const lists: GoNode[][] = [root];
  const ends: number[] = [tree.length];
  const { origin } = tree;
  for (let i = 0; i < tree.length; i++) {
    while (i >= ends[ends.length - 1]!) {
      lists.pop();
      ends.pop();
    }
    const out = lists[lists.length - 1]!;
    const kind = tree.kind(i);
    const start = tree.starts[i]!;
    const end = tree.ends[i]!;
    const children: GoNode[] = [];
    switch (kind) {
      case TEXT:
        out.push({ type: "text", text: tree.text(i) });
        continue;
      case PRINT:
        out.push({ type: "print", expr: tree.expr(i)!, start, end, origin });
        continue;
      case TEMPLATE: {
        const { name, arg } = tree.template(i);
        out.push({ type: "template", name, arg, start, end, origin });
        continue;
      }
      case IF: {
        const branches: { cond: GoExpr | null; children: GoNode[] }[] = [];
        const at: number[] = [];
        for (let b = i + 1; b < tree.next[i]!; b = tree.next[b]!) {
          branches.push({ cond: tree.expr(b), children: [] });
          at.push(b);
        }
        // The first branch's children come first, so its list goes on top.
        for (let n = branches.length - 1; n >= 0; n--) {
          lists.push(branches[n]!.children);
          ends.push(tree.next[at[n]!]!);
        }
        out.push({ type: "if", branches, start, end, origin });
        continue;
      }
      case RANGE:
      case WITH: {
        const elseChildren: GoNode[] = [];
        const body = i + 1;
        const otherwise = tree.next[body]!;
        if (otherwise < tree.next[i]!) {
          lists.push(elseChildren);
          ends.push(tree.next[otherwise]!);
        }
        lists.push(children);
        ends.push(tree.next[body]!);
        out.push({ type: kind === RANGE ? "range" : "with", expr: tree.expr(i)!, children, elseChildren, start, end, origin });
        continue;
      }
      case BRANCH:
        continue; // read with its if, range or with; its children follow
      case BLOCK:
      case DEFINE: {
        const { name, arg, closeEnd } = tree.template(i);
        if (kind === BLOCK) out.push({ type: "template", name, arg, block: children, start, end, origin, closeEnd });
        else out.push({ type: "define", name, children, start, end, origin, closeEnd });
        lists.push(children);
        ends.push(tree.next[i]!);
      }
    }
  }
  return root;
}
