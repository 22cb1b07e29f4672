import type { Tagged } from "./ast";
import { closeEndOf, rangeOf } from "./positions";
import type { Position, SourceRange, TemplateBlock, TemplateVariable, VariableKind } from "./types";

// When one name is used in several ways, the form should offer the richest input.
const KIND_RANK: Record<VariableKind, number> = { text: 0, condition: 1, object: 2, list: 3 };

/**
 * One variable as the collectors build it: its occurrences are kept as offsets (two numbers per
 * tag, in one packed array) and become ranges only when something reads `occurrences`. A
 * variable used a hundred thousand times would otherwise keep three objects per use alive.
 */
export class VariableUses {
  private readonly offsets: number[] = [];
  readonly variable: TemplateVariable;

  constructor(name: string, path: string[], kind: VariableKind, scope: string[], first: Tagged) {
    const lines = first.origin.lines;
    const offsets = this.offsets;
    const ranges: SourceRange[] = [];
    this.variable = {
      name,
      path,
      kind,
      get occurrences(): SourceRange[] {
        for (let i = ranges.length * 2; i < offsets.length; i += 2) ranges.push(lines.range(offsets[i]!, offsets[i + 1]!));
        return ranges;
      },
      scope,
    };
    this.add(first, kind);
  }

  add(tag: Tagged, kind: VariableKind) {
    this.offsets.push(tag.start, tag.end);
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
    private readonly tag: Tagged,
  ) {}

  get range(): SourceRange {
    return rangeOf(this.tag);
  }

  get end(): Position | null {
    return closeEndOf(this.tag);
  }

  toJSON(): TemplateBlock {
    return { name: this.name, kind: this.kind, range: this.range, end: this.end };
  }
}
