import type { JinjaBlockNode, JinjaExpr, JinjaForNode, JinjaIfNode, JinjaNode } from "./ast";
import { insideRanges } from "../../text/fences";
import { lineOf, rangeOf, type TemplateOrigin } from "../positions";
import type { TemplateProblem } from "../types";
import { TextNodes } from "../text-nodes";
import { findEndRaw, nextTag, skipSpace, trimEnd, type JinjaTag } from "./scan";
import { checked, parseFor, parseInclude, parseSet, simplePath } from "./statements";
import { JinjaSyntaxError } from "./tokenize";
import { parseExpression } from "./expression";

/** Deeper nesting of if, for and block is refused at the tag, so rendering never recurses further. */
export const MAX_NESTING = 1000;
// Beyond this many, problems are counted rather than listed: nobody reads 100,000 of them.
const MAX_PROBLEMS = 1000;

type Frame =
  | { node: JinjaIfNode; parent: JinjaNode[]; sawElse: boolean }
  | { node: JinjaForNode; parent: JinjaNode[]; sawElse: boolean }
  | { node: JinjaBlockNode; parent: JinjaNode[]; sawElse: boolean };

const END_TAG = { if: "endif", for: "endfor", block: "endblock" } as const;
const UNSUPPORTED = new Set(
  "macro endmacro call endcall filter endfilter with endwith autoescape endautoescape import from do break continue endset trans endtrans pluralize".split(" "),
);

/**
 * Parses the Jinja subset into a tree with an explicit stack. Never throws: a tag outside the
 * subset or malformed is a problem at its position and stays in the output as written.
 */
export function parseJinja(origin: TemplateOrigin, fences: readonly [number, number][] | null) {
  const { source, lines } = origin;
  const problems: TemplateProblem[] = [];
  const root: JinjaNode[] = [];
  const stack: Frame[] = [];
  const blockNames = new Set<string>();
  const texts = new TextNodes();
  let out = root;
  let textStart = 0;
  let scan = 0;
  // Openers past MAX_NESTING, whose closers must be skipped as well.
  let overflow = 0;
  let loops = 0;
  let extended = false;
  // Once no `{% endraw %}` follows, none follows any later `{% raw %}` either: search once.
  let endRawMissing = false;
  // Expressions are never changed once parsed, so every `{{ name }}` of a document can share one.
  const paths = new Map<string, JinjaExpr>();

  let unreported = 0;
  const problem = (start: number, end: number, message: string, code = "jinja-syntax") => {
    if (problems.length < MAX_PROBLEMS) problems.push({ code, severity: "error", message, range: lines.range(start, end) });
    else unreported++;
  };

  const emitText = (end: number, trimRight: boolean) => {
    let text = source.slice(textStart, end);
    if (trimRight) text = trimEnd(text);
    if (text) out.push(texts.of(text));
  };

  for (;;) {
    const tag = nextTag(source, scan);
    if (!tag) break;
    if (fences && insideRanges(fences, tag.start)) {
      scan = tag.start + 2;
      continue;
    }
    if (tag.kind === "unclosed") {
      problem(tag.start, Math.min(source.length, tag.start + 2), `The tag on line ${lines.position(tag.start).line} is never closed: ${tag.message}`, "unclosed-tag");
      break;
    }
    emitText(tag.start, tag.trimLeft);
    textStart = tag.trimRight ? skipSpace(source, tag.end) : tag.end;
    scan = tag.end;
    if (tag.kind === "comment") continue;
    if (tag.kind === "statement" && /^raw$/.test(tag.body)) {
      readRaw(tag);
      continue;
    }
    handle(tag);
  }
  emitText(source.length, false);
  if (unreported > 0) {
    const last = problems[problems.length - 1]!;
    problems.push({ ...last, code: "too-many-problems", message: `…and ${unreported.toLocaleString("en")} more problems after line ${last.range.start.line}` });
  }
  for (const frame of stack) {
    const keyword = frame.node.type;
    problems.push({
      code: "unclosed-block",
      severity: "error",
      message: `\`{% ${keyword} %}\` opened on line ${lineOf(frame.node)} is never closed with \`{% ${END_TAG[keyword]} %}\``,
      range: rangeOf(frame.node),
    });
  }
  return { nodes: root, problems };

  function readRaw(tag: JinjaTag) {
    const end = endRawMissing ? null : findEndRaw(source, tag.end);
    if (!end) {
      endRawMissing = true;
      problem(tag.start, tag.end, `\`{% raw %}\` on line ${lines.position(tag.start).line} is never closed with \`{% endraw %}\``, "unclosed-block");
      return;
    }
    emitText(end.start, end.trimLeft);
    textStart = end.trimRight ? skipSpace(source, end.end) : end.end;
    scan = end.end;
  }

  /** A tag that is reported and kept as written. */
  function invalid(tag: JinjaTag, message: string, code = "jinja-syntax") {
    if (problems.length < MAX_PROBLEMS) {
      const text = message.includes(" on line ") ? message : `\`${source.slice(tag.start, tag.end)}\` on line ${lines.position(tag.start).line}: ${message}`;
      problem(tag.start, tag.end, text, code);
    } else unreported++;
    out.push({ type: "invalid", start: tag.start, end: tag.end, origin });
  }

  function handle(tag: JinjaTag) {
    const { start, end } = tag;
    if (tag.error) return invalid(tag, tag.error);
    try {
      if (tag.kind === "output") {
        if (!tag.body) return invalid(tag, "the tag is empty");
        out.push({ type: "output", expr: simplePath(tag.body, paths) ?? checked(parseExpression(tag.body)), start, end, origin });
        return;
      }
      const keyword = leadingName(tag.body);
      const rest = tag.body.slice(keyword.length).trim();
      const opener = keyword === "if" || keyword === "for" || keyword === "block";
      const closer = keyword === "endif" || keyword === "endfor" || keyword === "endblock";
      if (overflow > 0 || (opener && stack.length >= MAX_NESTING)) {
        if (opener && overflow++ === 0) invalid(tag, `blocks are nested deeper than ${MAX_NESTING} levels`, "nesting-limit");
        else if (closer) {
          overflow--;
          out.push({ type: "invalid", start, end, origin });
        } else if (opener) out.push({ type: "invalid", start, end, origin });
        if (opener || closer || keyword === "elif" || keyword === "else") return;
      }
      switch (keyword) {
        case "if": {
          const node: JinjaIfNode = { type: "if", branches: [{ cond: condition(rest, "if"), children: [] }], start, end, origin };
          return open(node, node.branches[0]!.children);
        }
        case "elif":
        case "else":
          return branch(keyword, rest, tag);
        case "for":
          return open(parseFor(rest, start, end, origin), null);
        case "block": {
          const match = /^([A-Za-z_]\w*)(?:\s+(scoped))?$/.exec(rest);
          if (!match) return invalid(tag, /\brequired\b/.test(rest) ? "required blocks are not supported" : "`{% block %}` needs a name");
          if (blockNames.has(match[1]!)) return invalid(tag, `the block "${match[1]}" is defined twice`);
          if (!match[2] && loops > 0) {
            return invalid(tag, "a block inside a loop does not see the loop's variables in Jinja; write `{% block name scoped %}`");
          }
          blockNames.add(match[1]!);
          const node: JinjaBlockNode = { type: "block", name: match[1]!, scoped: Boolean(match[2]), children: [], start, end, origin, closeEnd: -1 };
          return open(node, node.children);
        }
        case "endif":
        case "endfor":
        case "endblock":
          return close(keyword, rest, tag);
        case "set":
          out.push(parseSet(rest, start, end, origin));
          return;
        case "extends":
          if (stack.length > 0) return invalid(tag, "`{% extends %}` must be at the top level, outside if, for and block");
          if (extended) return invalid(tag, "a template can extend only one other");
          out.push(parseInclude(keyword, rest, start, end, origin));
          extended = true;
          return;
        case "include":
          out.push(parseInclude(keyword, rest, start, end, origin));
          return;
        case "endraw":
          return invalid(tag, "`{% endraw %}` has no `{% raw %}` to close");
        default:
          if (UNSUPPORTED.has(keyword)) return invalid(tag, `\`{% ${keyword} %}\` is not supported`);
          return invalid(tag, keyword ? `unknown tag \`${keyword}\`` : "the tag is empty");
      }
    } catch (error) {
      if (!(error instanceof JinjaSyntaxError)) throw error;
      invalid(tag, error.message);
    }
  }

  function open(node: JinjaIfNode | JinjaForNode | JinjaBlockNode, children: JinjaNode[] | null) {
    out.push(node);
    if (node.type === "for") loops++;
    stack.push({ node, parent: out, sawElse: false } as Frame);
    out = children ?? (node as JinjaForNode).children;
  }

  function branch(keyword: "elif" | "else", rest: string, tag: JinjaTag) {
    const frame = stack[stack.length - 1];
    const line = () => lines.position(tag.start).line;
    if (!frame || frame.node.type === "block" || (keyword === "elif" && frame.node.type === "for")) {
      return invalid(tag, `\`{% ${keyword} %}\` on line ${line()} is outside an if${keyword === "else" ? " or for" : ""}`);
    }
    if (frame.sawElse) return invalid(tag, `\`{% ${keyword} %}\` on line ${line()} comes after the \`{% else %}\` of the same block`);
    if (keyword === "else" && rest) return invalid(tag, "`{% else %}` takes nothing after it; use `{% elif … %}`");
    if (frame.node.type === "if") {
      const next = { cond: keyword === "elif" ? condition(rest, "elif") : null, children: [] };
      frame.node.branches.push(next);
      out = next.children;
    } else {
      out = frame.node.elseChildren;
    }
    frame.sawElse = keyword === "else";
  }

  function close(keyword: "endif" | "endfor" | "endblock", rest: string, tag: JinjaTag) {
    const frame = stack[stack.length - 1];
    const line = () => lines.position(tag.start).line;
    if (!frame) return invalid(tag, `\`{% ${keyword} %}\` on line ${line()} has nothing to close`);
    if (END_TAG[frame.node.type] !== keyword) {
      const open = frame.node.type;
      return invalid(tag, `\`{% ${keyword} %}\` on line ${line()} does not match \`{% ${open} %}\` opened on line ${lineOf(frame.node)}, which needs \`{% ${END_TAG[open]} %}\``);
    }
    if (rest && !(frame.node.type === "block" && rest === frame.node.name)) {
      return invalid(tag, frame.node.type === "block" ? `\`{% endblock ${rest} %}\` closes the block "${frame.node.name}"` : `\`{% ${keyword} %}\` takes nothing after it`);
    }
    stack.pop();
    if (frame.node.type === "for") loops--;
    // The outline shows where a block ends.
    if (frame.node.type === "block") frame.node.closeEnd = tag.end;
    out = frame.parent;
  }

  function condition(rest: string, keyword: string): JinjaExpr {
    if (!rest) throw new JinjaSyntaxError(`\`{% ${keyword} %}\` needs a condition`);
    return simplePath(rest, paths) ?? checked(parseExpression(rest));
  }
}

/** The name a statement starts with (`if`, `endfor`…), or "": a regular expression per tag cost more. */
function leadingName(body: string): string {
  let end = 0;
  for (; end < body.length; end++) {
    const c = body.charCodeAt(end);
    const letter = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
    if (!letter && !(end > 0 && c >= 48 && c <= 57)) break;
  }
  return body.slice(0, end);
}
