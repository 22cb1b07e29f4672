import { NOT_FOUND, property, type Lookup } from "../values";

const ABSENT = Symbol("absent");

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
    if (this.vars.has(name)) return this.vars.get(name);
    return this.data === NOT_FOUND ? NOT_FOUND : property(this.data, name);
  }

  set(name: string, value: unknown) {
    const frame = this.frames[this.frames.length - 1];
    if (frame && !frame.has(name)) frame.set(name, this.vars.has(name) ? this.vars.get(name) : ABSENT);
    this.vars.set(name, value);
  }

  /** Names set to undefined in advance (see undeclaredNames) show the data's value again. */
  revealUndeclared() {
    if (this.data === NOT_FOUND) return;
    for (const [name, value] of this.vars) if (value === NOT_FOUND) this.set(name, property(this.data, name));
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
