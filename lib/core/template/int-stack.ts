/**
 * A stack of integers in a typed array grown by doubling. Parsers keep one entry per open
 * block, and a deep document has a hundred thousand: a plain array of them costs a copy on
 * the collected heap at every growth and a check of what it holds at every push.
 */
export class IntStack {
  private items = new Int32Array(64);
  length = 0;

  push(value: number) {
    if (this.length === this.items.length) {
      const wider = new Int32Array(this.length * 2);
      wider.set(this.items);
      this.items = wider;
    }
    this.items[this.length++] = value;
  }

  pop(): number {
    return this.items[--this.length]!;
  }

  /** The top entry; only when the stack is not empty. */
  top(): number {
    return this.items[this.length - 1]!;
  }

  at(index: number): number {
    return this.items[index]!;
  }
}
