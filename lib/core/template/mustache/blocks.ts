import { CONTENT_END, CONTENT_START, STANDALONE, type MustacheTree } from "./tree";

interface Dedented {
  text: string;
  /** The blanks removed from the first line. */
  indent: string;
}

// Computed once per block and render-independent: a block inside a loop costs one dedent.
const dedented = new WeakMap<MustacheTree, Map<number, Dedented>>();

function dedentBlock(tree: MustacheTree, block: number): Dedented {
  let known = dedented.get(tree);
  if (!known) dedented.set(tree, (known = new Map()));
  let result = known.get(block);
  if (!result) {
    result = dedent(contentOf(tree, block));
    known.set(block, result);
  }
  return result;
}

/** A block's content as written. */
function contentOf(tree: MustacheTree, block: number): string {
  return tree.origin.source.slice(tree.extra(block, CONTENT_START), tree.extra(block, CONTENT_END));
}

export const isStandalone = (tree: MustacheTree, block: number) => tree.has(block, STANDALONE);

/** What a block inside a parent tag passes to the parent: its content, unindented when standalone. */
export function overrideText(tree: MustacheTree, block: number): string {
  return isStandalone(tree, block) ? dedentBlock(tree, block).text : contentOf(tree, block);
}

/**
 * The indentation an override takes where a standalone block receives it: that of the block's
 * own default content, or else the blanks before its tag.
 */
export function blockIndent(tree: MustacheTree, block: number): string {
  return dedentBlock(tree, block).indent || tree.indent(block);
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
