import type { MustacheBlockNode } from "../ast";

interface Dedented {
  text: string;
  /** The blanks removed from the first line. */
  indent: string;
}

// Computed once per block node and render-independent: a block inside a loop costs one dedent.
const dedented = new WeakMap<MustacheBlockNode, Dedented>();

function dedentBlock(node: MustacheBlockNode): Dedented {
  let result = dedented.get(node);
  if (!result) {
    result = dedent(node.origin.source.slice(node.contentStart, node.contentEnd));
    dedented.set(node, result);
  }
  return result;
}

/** What a block inside a parent tag passes to the parent: its content, unindented when standalone. */
export function overrideText(node: MustacheBlockNode): string {
  return node.standalone ? dedentBlock(node).text : node.origin.source.slice(node.contentStart, node.contentEnd);
}

/**
 * The indentation an override takes where a standalone block receives it: that of the block's
 * own default content, or else the blanks before its tag.
 */
export function blockIndent(node: MustacheBlockNode): string {
  return dedentBlock(node).indent || node.before;
}

/** Removes the blanks every non-blank line starts with (blank lines become empty). */
export function dedent(text: string): Dedented {
  const lines = text.split("\n");
  let margin: string | null = null;
  for (const line of lines) {
    if (line.trim() === "") continue;
    const lead = /^[ \t]*/.exec(line)![0];
    if (margin === null || lead.startsWith(margin)) margin ??= lead;
    else {
      let common = 0;
      while (common < margin.length && margin[common] === lead[common]) common++;
      margin = margin.slice(0, common);
    }
    if (margin === "") break;
  }
  if (!margin) return { text, indent: "" };
  const cut = margin.length;
  const text2 = lines.map((line) => (line.trim() === "" ? (line.endsWith("\r") ? "\r" : "") : line.slice(cut))).join("\n");
  const firstIsBlank = (lines[0] ?? "").trim() === "";
  return { text: text2, indent: firstIsBlank ? "" : margin };
}
