import { fencedLineMask, splitLines } from "../text/fences";
import { splitFrontmatter } from "./frontmatter";

import type { DocumentFormat } from "./format-labels";

export { FORMAT_LABELS, type DocumentFormat } from "./format-labels";

const OPEN_TAG = /^\s*<([A-Za-z][\w.-]*)(?:\s[^<>]*)?>/;
const HEADING = /^#{1,6}\s+\S/;
const MARKDOWN_BLOCK = /^\s*(?:[-*+]\s+\S|\d+[.)]\s+\S|>\s|```|~~~|\|.*\|)/;

/**
 * Detects how a document is organised, first match wins: YAML frontmatter with a name or
 * description (an agent file); a document that opens with an XML-style section
 * (`<system>` … `</system>`); Markdown headings or lists; XML-style sections further down a
 * document without Markdown structure; otherwise plain text. A Markdown document with one
 * tagged block near its end stays Markdown.
 */
export function detectFormat(content: string): DocumentFormat {
  const { data } = splitFrontmatter(content);
  if (data && ("name" in data || "description" in data)) return "agent";

  const lines = splitLines(content);
  const fenced = fencedLineMask(lines);
  const outside = lines.filter((_, index) => !fenced[index]);
  const firstLine = outside.find((line) => line.trim() !== "") ?? "";
  const opensWithSection = OPEN_TAG.test(firstLine) && hasXmlSection(outside);
  if (opensWithSection) return "xml";
  if (outside.some((line) => HEADING.test(line)) || lines.some((line) => MARKDOWN_BLOCK.test(line))) {
    return "markdown";
  }
  return hasXmlSection(outside) ? "xml" : "plain";
}

function hasXmlSection(lines: readonly string[]): boolean {
  const open = new Set<string>();
  for (const line of lines) {
    const closing = /^\s*<\/([A-Za-z][\w.-]*)\s*>/.exec(line)?.[1];
    if (closing && open.has(closing)) return true;
    const opening = OPEN_TAG.exec(line)?.[1];
    if (opening && !line.includes(`</${opening}>`)) open.add(opening);
  }
  return false;
}
