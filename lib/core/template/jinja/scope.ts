import { NOT_FOUND, property, type Lookup } from "../values";

const ABSENT = Symbol("absent");
// Declared for the frame but not set yet: undefined here, the data's value inside an include.
const DECLARED = Symbol("declared");

/**
 * Jinja's variables: the data, then names set by `{% set %}` and loops. One map with undo
 * frames: a loop, block or include remembers what it shadowed and restores it on the way out,
 * so a lookup costs the same at any depth.
 */
export class Scope {
  private readonly vars = new Map<string, unknown>();
  private readonly frames: Map<string, unknown>[] = [];

  constructor(private readonly data: Lookup) {}

  lookup(name: string): Lookup {
    if (this.vars.has(name)) {
      const value = this.vars.get(name);
      return value === DECLARED ? NOT_FOUND : value;
    }
    return this.data === NOT_FOUND ? NOT_FOUND : property(this.data, name);
  }

  set(name: string, value: unknown) {
    const frame = this.frames[this.frames.length - 1];
    if (frame && !frame.has(name)) frame.set(name, this.vars.has(name) ? this.vars.get(name) : ABSENT);
    this.vars.set(name, value);
  }

  /** A name the frame will set (see undeclaredNames): undefined until it is. */
  declare(name: string) {
    this.set(name, DECLARED);
  }

  /** Declared names show the data's value again (inside an include). */
  revealUndeclared() {
    for (const [name, value] of this.vars) if (value === DECLARED) this.set(name, this.data === NOT_FOUND ? NOT_FOUND : property(this.data, name));
  }

  push() {
    this.frames.push(new Map());
  }

  pop() {
    const frame = this.frames.pop();
    if (!frame) return;
    for (const [name, previous] of frame) {
      if (previous === ABSENT) this.vars.delete(name);
      else this.vars.set(name, previous);
    }
  }
}
