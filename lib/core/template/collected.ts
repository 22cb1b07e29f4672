import type { Tagged } from "./ast";
import type { LineIndex } from "./positions";
import type { Position, SourceRange, TemplateBlock, TemplateInclude, TemplateVariable, VariableKind } from "./types";

// When one name is used in several ways, the form should offer the richest input.
const KIND_RANK: Record<VariableKind, number> = { text: 0, condition: 1, object: 2, list: 3 };

// Uses kept in a plain array; more move to a typed array grown by doubling (see VariableUses).
const PLAIN_OFFSETS = 128;

/**
 * One variable as the collectors build it: its occurrences are kept as offsets (two numbers per
 * tag) and become ranges only when something reads `occurrences`. A variable used a hundred
 * thousand times would otherwise keep three objects per use alive. The offsets start in a plain
 * array and move to a typed array past PLAIN_OFFSETS: pushing to a huge plain array is slow,
 * and a typed array for each of a thousand variables costs half the parse in garbage collection.
 */
export class VariableUses {
  // Shared with the `occurrences` getter (no closure over `this`: one per variable costs).
  private readonly uses: { offsets: number[] | Int32Array; count: number } = { offsets: [], count: 0 };
  readonly variable: TemplateVariable;

  constructor(name: string, path: string[], kind: VariableKind, scope: string[], lines: LineIndex, start: number, end: number) {
    // Made when first read: a thousand variables would otherwise make a thousand empty arrays.
    let ranges: SourceRange[] | null = null;
    const uses = this.uses;
    this.variable = {
      name,
      path,
      kind,
      get occurrences(): SourceRange[] {
        const { offsets, count } = uses;
        ranges ??= [];
        for (let i = ranges.length * 2; i < count; i += 2) ranges.push(lines.range(offsets[i]!, offsets[i + 1]!));
        return ranges;
      },
      scope,
    };
    this.add(start, end, kind);
  }

  add(start: number, end: number, kind: VariableKind) {
    const uses = this.uses;
    const count = uses.count;
    if (count < PLAIN_OFFSETS) (uses.offsets as number[]).push(start, end);
    else {
      if (count === PLAIN_OFFSETS || count === uses.offsets.length) {
        const wider = new Int32Array(count * 2);
        wider.set(uses.offsets);
        uses.offsets = wider;
      }
      uses.offsets[count] = start;
      uses.offsets[count + 1] = end;
    }
    uses.count = count + 2;
    if (KIND_RANK[kind] > KIND_RANK[this.variable.kind]) this.variable.kind = kind;
  }
}

/**
 * An inheritance block for the outline; its range and end are computed when read, so a deeply
 * nested document does not keep three position objects per block.
 */
export class CollectedBlock implements TemplateBlock {
  constructor(
    readonly name: string,
    readonly kind: TemplateBlock["kind"],
    private readonly lines: LineIndex,
    private readonly start: number,
    private readonly stop: number,
    /** Where the closing tag ends; -1 when none did. */
    private readonly closeEnd: number,
  ) {}

  static of(name: string, kind: TemplateBlock["kind"], tag: Tagged): CollectedBlock {
    return new CollectedBlock(name, kind, tag.origin.lines, tag.start, tag.end, tag.closeEnd ?? -1);
  }

  get range(): SourceRange {
    return this.lines.range(this.start, this.stop);
  }

  get end(): Position | null {
    return this.closeEnd < 0 ? null : this.lines.position(this.closeEnd);
  }

  toJSON(): TemplateBlock {
    return { name: this.name, kind: this.kind, range: this.range, end: this.end };
  }
}

/** An include for the editor; its range is computed when read (a line of includes keeps two numbers each). */
export class CollectedInclude implements TemplateInclude {
  constructor(
    readonly name: string,
    private readonly lines: LineIndex,
    private readonly start: number,
    private readonly end: number,
  ) {}

  get range(): SourceRange {
    return this.lines.range(this.start, this.end);
  }

  toJSON(): TemplateInclude {
    return { name: this.name, range: this.range };
  }
}

/**
 * A variable's scope names at most this many enclosing sections (the outermost ones). Deeper
 * nesting shares the scope of its ancestor at this depth, so inference stays linear however
 * deep a document nests (a form has no use for a 33rd level).
 */
export const MAX_SCOPE_DEPTH = 32;

export interface Scope {
  names: string[];
  children: Map<string, Scope> | null;
  variables: Map<string, VariableUses>;
  /** Mustache's variables by the index its parse gave their name (see `addByRef`). */
  byRef?: VariableUses[];
}

/**
 * What the mustache and Go collectors gather: variables by scope, includes and blocks. Scopes
 * are interned, so a section costs O(1) however deep it sits.
 */
export class Collected {
  readonly variables: TemplateVariable[] = [];
  readonly includes: TemplateInclude[] = [];
  readonly blocks: TemplateBlock[] = [];
  readonly root: Scope = { names: [], children: null, variables: new Map() };

  inner(scope: Scope, name: string): Scope {
    if (scope.names.length >= MAX_SCOPE_DEPTH) return scope;
    scope.children ??= new Map();
    let child = scope.children.get(name);
    if (!child) {
      child = { names: [...scope.names, name], children: null, variables: new Map() };
      scope.children.set(name, child);
    }
    return child;
  }

  add(path: string[], kind: VariableKind, scope: Scope, lines: LineIndex, start: number, end: number) {
    const name = path.length === 1 ? path[0]! : path.join(".");
    const existing = scope.variables.get(name);
    if (existing) return existing.add(start, end, kind);
    const uses = new VariableUses(name, path, kind, scope.names, lines, start, end);
    scope.variables.set(name, uses);
    this.variables.push(uses.variable);
  }

  /**
   * `add` for a name the parse interned as `ref`: an array index instead of a Map lookup by
   * string, which hashes a fresh string for every tag. Not to be mixed with `add` in one scope.
   */
  addByRef(ref: number, name: string, path: string[], kind: VariableKind, scope: Scope, lines: LineIndex, start: number, end: number) {
    const byRef = (scope.byRef ??= []);
    const existing = byRef[ref];
    if (existing) return existing.add(start, end, kind);
    const uses = new VariableUses(name, path, kind, scope.names, lines, start, end);
    byRef[ref] = uses;
    this.variables.push(uses.variable);
  }

  result() {
    return { variables: this.variables, includes: this.includes, blocks: this.blocks };
  }
}
