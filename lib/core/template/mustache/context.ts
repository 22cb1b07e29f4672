import { NOT_FOUND, property, type Lookup } from "../values";

interface Frame {
  value: unknown;
  /** Names resolved through this frame (it does not hold them): deep stacks stay cheap. */
  memo: Map<string, Lookup> | null;
}

// Walks shorter than this are cheaper than remembering them.
const MEMO_AFTER = 8;

/**
 * Mustache's context stack. A name's first part is looked up from the innermost context
 * outwards; a walk that passes many contexts remembers its answer in each of them, so the
 * same name under thousands of nested sections costs O(1), not O(depth), per lookup.
 */
export class ContextStack {
  private readonly frames: Frame[] = [];

  constructor(root: Lookup) {
    if (root !== NOT_FOUND) this.frames.push({ value: root, memo: null });
  }

  push(value: unknown) {
    this.frames.push({ value, memo: null });
  }

  pop() {
    this.frames.pop();
  }

  /** Mustache name resolution: the rest of a dotted name is followed from the first part only. */
  lookup(path: readonly string[]): Lookup {
    if (path.length === 1 && path[0] === ".") return this.frames.length > 0 ? this.frames[this.frames.length - 1]!.value : NOT_FOUND;
    let value = this.first(path[0]!);
    for (let i = 1; i < path.length && value !== NOT_FOUND; i++) value = property(value, path[i]!);
    return value;
  }

  private first(name: string): Lookup {
    const frames = this.frames;
    let value: Lookup = NOT_FOUND;
    let i = frames.length - 1;
    for (; i >= 0; i--) {
      const frame = frames[i]!;
      const remembered = frame.memo?.get(name);
      if (remembered !== undefined || frame.memo?.has(name)) {
        value = remembered;
        break;
      }
      value = property(frame.value, name);
      if (value !== NOT_FOUND) break;
    }
    const walked = frames.length - 1 - i;
    if (walked > MEMO_AFTER) {
      for (let j = frames.length - 1; j > i; j--) (frames[j]!.memo ??= new Map()).set(name, value);
    }
    return value;
  }
}
