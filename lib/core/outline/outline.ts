import { fencedLineMask, splitLines } from "../documents/fences";

export type OutlineKind = "frontmatter" | "tag" | "heading";

export interface OutlineNode {
  kind: OutlineKind;
  /** `<instructions>`, `## Rules`, `frontmatter`: what a person would call the section. */
  title: string;
  /** Heading level 1-6; 0 for tags and frontmatter. */
  level: number;
  /** 1-based, inclusive. */
  startLine: number;
  endLine: number;
  children: OutlineNode[];
}

const OPEN_TAG = /^\s*<([A-Za-z][\w.-]*)(?:\s[^<>]*)?>\s*$/;
const CLOSE_TAG = /^\s*<\/([A-Za-z][\w.-]*)\s*>\s*$/;
const HEADING = /^(#{1,6})\s+(.+?)\s*#*\s*$/;

/**
 * The sections of a document in order and nesting: YAML frontmatter, XML-style tags that open
 * and close on their own lines, and Markdown headings (outside code fences). A heading runs to
 * the next heading of the same or a higher level, or to the end of the tag it sits in.
 */
export function buildOutline(content: string): OutlineNode[] {
  const lines = splitLines(content);
  const fenced = fencedLineMask(lines);
  const root: OutlineNode = { kind: "tag", title: "", level: 0, startLine: 1, endLine: lines.length, children: [] };
  const stack: OutlineNode[] = [root];
  const top = () => stack[stack.length - 1]!;
  const close = (node: OutlineNode, endLine: number) => {
    node.endLine = Math.max(node.startLine, endLine);
  };

  let first = 0;
  const frontmatterEnd = findFrontmatterEnd(lines);
  if (frontmatterEnd > 0) {
    root.children.push({ kind: "frontmatter", title: "frontmatter", level: 0, startLine: 1, endLine: frontmatterEnd, children: [] });
    first = frontmatterEnd;
  }

  for (let index = first; index < lines.length; index++) {
    if (fenced[index]) continue;
    const line = lines[index]!;
    const lineNo = index + 1;
    const heading = HEADING.exec(line);
    if (heading) {
      const level = heading[1]!.length;
      while (top().kind === "heading" && top().level >= level) close(stack.pop()!, lineNo - 1);
      const node: OutlineNode = { kind: "heading", title: `${heading[1]} ${heading[2]}`, level, startLine: lineNo, endLine: lineNo, children: [] };
      top().children.push(node);
      stack.push(node);
      continue;
    }
    const closing = CLOSE_TAG.exec(line)?.[1];
    if (closing) {
      const at = stack.findLastIndex((node) => node.kind === "tag" && node.title === `<${closing}>`);
      if (at > 0) {
        while (stack.length > at + 1) close(stack.pop()!, lineNo - 1);
        close(stack.pop()!, lineNo);
      }
      continue;
    }
    const opening = OPEN_TAG.exec(line)?.[1];
    if (opening && !line.trimEnd().endsWith("/>")) {
      const node: OutlineNode = { kind: "tag", title: `<${opening}>`, level: 0, startLine: lineNo, endLine: lineNo, children: [] };
      top().children.push(node);
      stack.push(node);
    }
  }
  while (stack.length > 1) close(stack.pop()!, lines.length);
  return root.children;
}

function findFrontmatterEnd(lines: readonly string[]): number {
  if (lines[0]?.trimEnd() !== "---") return 0;
  const end = lines.findIndex((line, index) => index > 0 && line.trimEnd() === "---");
  return end > 0 ? end + 1 : 0;
}

/** The chain of sections that contain a line, outermost first. */
export function sectionPathAt(outline: readonly OutlineNode[], line: number): OutlineNode[] {
  const path: OutlineNode[] = [];
  let level: readonly OutlineNode[] = outline;
  for (;;) {
    const inside = level.find((node) => node.startLine <= line && line <= node.endLine);
    if (!inside) return path;
    path.push(inside);
    level = inside.children;
  }
}
