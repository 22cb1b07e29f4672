import { fencedLineMask, splitLines } from "./fences";
import { splitFrontmatter } from "../documents/frontmatter";

/**
 * What the Markdown preview draws besides Markdown: YAML frontmatter as a key/value table, and
 * XML-style sections (`<instructions>` … `</instructions>`, each tag on its own line, outside
 * code fences) as labelled boxes around their contents.
 */
export type PreviewBlock =
  | { kind: "frontmatter"; entries: [key: string, value: string][]; raw: string; error: string | null }
  | { kind: "markdown"; text: string }
  | { kind: "section"; tag: string; children: PreviewBlock[] };

const OPEN_TAG = /^\s*<([A-Za-z][\w.-]*)(?:\s[^<>]*)?>\s*$/;
const CLOSE_TAG = /^\s*<\/([A-Za-z][\w.-]*)\s*>\s*$/;

export function structurePreview(text: string): PreviewBlock[] {
  const blocks: PreviewBlock[] = [];
  let body = text;
  const frontmatter = splitFrontmatter(text);
  if (frontmatter.raw !== null) {
    const entries = frontmatter.data ? Object.entries(frontmatter.data).map(([key, value]): [string, string] => [key, describeValue(value)]) : [];
    blocks.push({ kind: "frontmatter", entries, raw: frontmatter.raw, error: frontmatter.error });
    body = frontmatter.body;
  }
  const lines = splitLines(body);
  const closing = matchTags(lines);
  blocks.push(...sectionBlocks(lines, 0, lines.length, closing));
  return blocks;
}

/** For each line that opens a section, the line that closes it (unclosed tags stay text). */
function matchTags(lines: string[]): Map<number, number> {
  const fenced = fencedLineMask(lines);
  const open: { tag: string; line: number }[] = [];
  const closing = new Map<number, number>();
  lines.forEach((line, index) => {
    if (fenced[index]) return;
    const closed = CLOSE_TAG.exec(line)?.[1];
    if (closed) {
      const at = open.findLastIndex((entry) => entry.tag === closed);
      if (at >= 0) {
        closing.set(open[at]!.line, index);
        open.length = at;
      }
      return;
    }
    const opened = OPEN_TAG.exec(line)?.[1];
    if (opened && !line.trimEnd().endsWith("/>")) open.push({ tag: opened, line: index });
  });
  return closing;
}

function sectionBlocks(lines: string[], from: number, to: number, closing: Map<number, number>): PreviewBlock[] {
  const blocks: PreviewBlock[] = [];
  let start = from;
  const flush = (end: number) => {
    const text = lines.slice(start, end).join("\n");
    if (text.trim()) blocks.push({ kind: "markdown", text });
  };
  for (let index = from; index < to; index++) {
    const end = closing.get(index);
    if (end === undefined || end >= to) continue;
    flush(index);
    const tag = OPEN_TAG.exec(lines[index]!)![1]!;
    blocks.push({ kind: "section", tag, children: sectionBlocks(lines, index + 1, end, closing) });
    index = end;
    start = end + 1;
  }
  flush(to);
  return blocks;
}

/** A frontmatter value as one readable line: lists joined with commas, mappings as JSON. */
function describeValue(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (Array.isArray(value) && value.every((item) => item === null || typeof item !== "object")) return value.join(", ");
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}
