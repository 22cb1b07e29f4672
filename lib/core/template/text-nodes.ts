import type { TextNode } from "./ast";

// Longer texts rarely repeat, and a lookup would cost more than the node.
const MAX_SHARED_LENGTH = 16;

/**
 * Text nodes for one parse. Nodes are never changed once made, so the short texts between
 * tags that a document repeats (a space, a newline) share one node: a line of a hundred
 * thousand tags keeps one text node alive instead of one per gap.
 */
export class TextNodes {
  private readonly shared = new Map<string, TextNode>();

  node(source: string, start: number, end: number): TextNode {
    return this.of(source.slice(start, end));
  }

  of(text: string): TextNode {
    if (text.length > MAX_SHARED_LENGTH) return { type: "text", text };
    let node = this.shared.get(text);
    if (!node) {
      node = { type: "text", text };
      this.shared.set(text, node);
    }
    return node;
  }
}
