import type { MustacheNode, MustacheSectionNode } from "../ast";
import { insideRanges } from "../fenced-ranges";
import type { LineIndex } from "../positions";
import type { TemplateProblem } from "../types";
import { isStandalone, type Standalone } from "./standalone";

type Open = { node: MustacheSectionNode; parent: MustacheNode[] };

/**
 * Parses mustache, spec-complete but for lambdas: variables, `{{{ }}}` and `{{& }}`, sections,
 * inverted sections, comments, partials and set delimiters, with the standalone-line rules.
 * Never throws: what cannot be parsed becomes a problem and stays as text.
 */
export function parseMustache(
  source: string,
  lines: LineIndex,
  fences: readonly [number, number][] | null,
): { nodes: MustacheNode[]; problems: TemplateProblem[] } {
  const problems: TemplateProblem[] = [];
  const root: MustacheNode[] = [];
  const stack: Open[] = [];
  let out = root;
  let open = "{{";
  let close = "}}";
  let cursor = 0; // start of text not yet emitted
  let scan = 0;

  const problem = (start: number, end: number, message: string, code: string) =>
    problems.push({ code, severity: "error", message, range: lines.range(start, end) });
  const text = (end: number) => {
    if (end > cursor) out.push({ type: "text", text: source.slice(cursor, end) });
  };

  for (;;) {
    const start = source.indexOf(open, scan);
    if (start === -1) break;
    if (fences && insideRanges(fences, start)) {
      scan = start + open.length;
      continue;
    }
    const triple = open === "{{" && source[start + 2] === "{";
    const closer = triple ? "}}}" : close;
    const closeAt = source.indexOf(closer, start + open.length + (triple ? 1 : 0));
    if (closeAt === -1) {
      problem(start, start + open.length, `\`${open}\` on line ${lines.position(start).line} is never closed with \`${close}\``, "unclosed-tag");
      break;
    }
    const end = closeAt + closer.length;
    const raw = source.slice(start, end);
    let body = source.slice(start + open.length + (triple ? 1 : 0), closeAt).trim();
    const sigil = triple ? "&" : "#^/!>=&".includes(body[0] ?? "") ? body[0]! : "";
    if (sigil && !triple) body = body.slice(1).trim();
    const range = lines.range(start, end);
    const standalone: Standalone | null = "#^/!>=".includes(sigil) && sigil !== "" ? isStandalone(source, start, end) : null;
    text(standalone ? standalone.lineStart : start);
    cursor = standalone ? standalone.next : end;
    scan = cursor;

    if (sigil === "!") continue;
    if (sigil === "=") {
      const delimiters = body.endsWith("=") ? body.slice(0, -1).trim().split(/\s+/) : [];
      if (delimiters.length !== 2 || delimiters.some((d) => d === "" || d.includes("="))) {
        problem(start, end, `\`${raw}\` does not set two delimiters, e.g. \`{{=<% %>=}}\``, "bad-delimiters");
      } else {
        [open, close] = delimiters as [string, string];
      }
      continue;
    }
    if (body === "") {
      problem(start, end, `\`${raw}\` on line ${range.start.line} has no name`, "empty-tag");
      out.push({ type: "text", text: raw });
      continue;
    }
    const path = body === "." ? ["."] : body.split(".");
    if (sigil === "#" || sigil === "^") {
      const node: MustacheSectionNode = { type: "section", name: body, path, inverted: sigil === "^", children: [], range, raw };
      out.push(node);
      stack.push({ node, parent: out });
      out = node.children;
    } else if (sigil === "/") {
      const top = stack[stack.length - 1];
      if (!top) {
        problem(start, end, `\`${raw}\` on line ${range.start.line} closes nothing`, "unopened-section");
      } else if (top.node.name !== body) {
        problem(start, end, `\`${raw}\` on line ${range.start.line} does not match \`${top.node.raw}\` opened on line ${top.node.range.start.line}`, "mismatched-section");
      } else {
        stack.pop();
        out = top.parent;
      }
    } else if (sigil === ">") {
      out.push({ type: "partial", name: body, indent: standalone?.indent ?? "", range, raw });
    } else {
      out.push({ type: "variable", name: body, path, escape: sigil !== "&", range, raw });
    }
  }
  text(source.length);
  for (const { node } of stack) {
    problems.push({
      code: "unclosed-section",
      severity: "error",
      message: `\`${node.raw}\` opened on line ${node.range.start.line} is never closed`,
      range: node.range,
    });
  }
  return { nodes: root, problems };
}
