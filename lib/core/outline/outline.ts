import { fencedLineMask, splitLines } from "../text/fences";
import { parseTemplate, type Dialect, type ParsedTemplate, type TemplateBlock } from "../template";

/**
 * `block`: a template inheritance point (`{{$name}}`, `{{<parent}}`, Go `{{block}}`/`{{define}}`,
 * Jinja `{% block %}`/`{% extends %}`).
 */
export type OutlineKind = "frontmatter" | "tag" | "heading" | "block";

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

function blockTitle(block: TemplateBlock, dialect: Dialect): string {
  if (dialect === "jinja") return block.kind === "parent" ? `{% extends "${block.name}" %}` : `{% block ${block.name} %}`;
  if (block.kind === "define") return `{{define "${block.name}"}}`;
  if (block.kind === "parent") return `{{<${block.name}}}`;
  return dialect === "go" ? `{{block "${block.name}"}}` : `{{$${block.name}}}`;
}

/**
 * The sections of a document in order and nesting: YAML frontmatter, XML-style tags that open
 * and close on their own lines, Markdown headings (outside code fences) and template blocks
 * (what a document extending this one may override, and the parents it extends). A heading
 * runs to the next heading of the same or a higher level, or to the end of what it sits in.
 * Pass the parsed template when there is one, so the document is not parsed twice.
 */
export function buildOutline(content: string, parsed?: Pick<ParsedTemplate, "blocks" | "dialect">): OutlineNode[] {
  const lines = splitLines(content);
  const template = parsed ?? parseTemplate(content, { ignoreFencedCode: true });
  const blocks = template.blocks;
  const opens = new Map<number, TemplateBlock[]>();
  for (const block of blocks) {
    const list = opens.get(block.range.start.line) ?? [];
    list.push(block);
    opens.set(block.range.start.line, list);
  }
  const closes = new Map<number, OutlineNode[]>();
  const fenced = fencedLineMask(lines);
  const root: OutlineNode = { kind: "tag", title: "", level: 0, startLine: 1, endLine: lines.length, children: [] };
  const stack: OutlineNode[] = [root];
  const top = () => stack[stack.length - 1]!;
  const close = (node: OutlineNode, endLine: number) => {
    node.endLine = Math.max(node.startLine, endLine);
  };

  /** Blocks closing on `lineNo` end there, with whatever opened inside them and is still open. */
  const closeBlocks = (lineNo: number) => {
    for (const node of closes.get(lineNo) ?? []) {
      const at = stack.indexOf(node);
      if (at <= 0) continue;
      while (stack.length > at + 1) close(stack.pop()!, lineNo);
      close(stack.pop()!, lineNo);
    }
    closes.delete(lineNo);
  };

  let first = 0;
  const frontmatterEnd = findFrontmatterEnd(lines);
  if (frontmatterEnd > 0) {
    root.children.push({ kind: "frontmatter", title: "frontmatter", level: 0, startLine: 1, endLine: frontmatterEnd, children: [] });
    first = frontmatterEnd;
  }

  for (let index = first; index < lines.length; index++) {
    const lineNo = index + 1;
    closeBlocks(lineNo);
    for (const block of opens.get(lineNo) ?? []) {
      const node: OutlineNode = { kind: "block", title: blockTitle(block, template.dialect), level: 0, startLine: lineNo, endLine: lineNo, children: [] };
      top().children.push(node);
      stack.push(node);
      const endLine = block.end?.line ?? lines.length;
      closes.set(endLine, [...(closes.get(endLine) ?? []), node]);
    }
    closeBlocks(lineNo);
    if (fenced[index]) continue;
    const line = lines[index]!;
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
  for (const [line] of closes) closeBlocks(line);
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
