import type { JinjaBlockNode, JinjaExpr, JinjaForNode, JinjaIfNode, JinjaNode } from "./ast";
import { insideRanges } from "../fenced-ranges";
import type { LineIndex } from "../positions";
import type { SourceRange, TemplateProblem } from "../types";
import { ExpressionParser, JinjaSyntaxError, parseExpression, tokenize } from "./expression";
import { FILTERS } from "./filters";
import { findEndRaw, nextTag, skipSpace, trimEnd, type JinjaTag } from "./scan";

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
export function parseJinja(source: string, lines: LineIndex, fences: readonly [number, number][] | null) {
  const problems: TemplateProblem[] = [];
  const root: JinjaNode[] = [];
  const stack: Frame[] = [];
  const blockNames = new Set<string>();
  let out = root;
  let textStart = 0;
  let scan = 0;
  // Openers past MAX_NESTING, whose closers must be skipped as well.
  let overflow = 0;
  let loops = 0;
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
    if (text) out.push({ type: "text", text });
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
      message: `\`{% ${keyword} %}\` opened on line ${frame.node.range.start.line} is never closed with \`{% ${END_TAG[keyword]} %}\``,
      range: frame.node.range,
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
  function invalid(tag: JinjaTag, raw: string, range: SourceRange, message: string, code = "jinja-syntax") {
    problem(tag.start, tag.end, message.includes(" on line ") ? message : `\`${raw}\` on line ${range.start.line}: ${message}`, code);
    out.push({ type: "invalid", range, raw });
  }

  function handle(tag: JinjaTag) {
    const raw = source.slice(tag.start, tag.end);
    const range = lines.range(tag.start, tag.end);
    if (tag.error) return invalid(tag, raw, range, tag.error);
    try {
      if (tag.kind === "output") {
        if (!tag.body) throw new JinjaSyntaxError("the tag is empty");
        out.push({ type: "output", expr: simplePath(tag.body, paths) ?? checked(parseExpression(tag.body)), range, raw });
        return;
      }
      const keyword = /^[A-Za-z_]\w*/.exec(tag.body)?.[0] ?? "";
      const rest = tag.body.slice(keyword.length).trim();
      const opener = keyword === "if" || keyword === "for" || keyword === "block";
      const closer = keyword === "endif" || keyword === "endfor" || keyword === "endblock";
      if (overflow > 0 || (opener && stack.length >= MAX_NESTING)) {
        if (opener && overflow++ === 0) invalid(tag, raw, range, `blocks are nested deeper than ${MAX_NESTING} levels`, "nesting-limit");
        else if (closer) {
          overflow--;
          out.push({ type: "invalid", range, raw });
        } else if (opener) out.push({ type: "invalid", range, raw });
        if (opener || closer || keyword === "elif" || keyword === "else") return;
      }
      switch (keyword) {
        case "if": {
          const node: JinjaIfNode = { type: "if", branches: [{ cond: condition(rest, "if"), children: [] }], range, raw };
          return open(node, node.branches[0]!.children);
        }
        case "elif":
        case "else":
          return branch(keyword, rest, tag);
        case "for":
          return open(forNode(rest, range, raw), null);
        case "block": {
          const match = /^([A-Za-z_]\w*)(?:\s+(scoped))?$/.exec(rest);
          if (!match) throw new JinjaSyntaxError(/\brequired\b/.test(rest) ? "required blocks are not supported" : "`{% block %}` needs a name");
          if (blockNames.has(match[1]!)) throw new JinjaSyntaxError(`the block "${match[1]}" is defined twice`);
          if (!match[2] && loops > 0) {
            throw new JinjaSyntaxError("a block inside a loop does not see the loop's variables in Jinja; write `{% block name scoped %}`");
          }
          blockNames.add(match[1]!);
          const node: JinjaBlockNode = { type: "block", name: match[1]!, scoped: Boolean(match[2]), children: [], range, raw };
          return open(node, node.children);
        }
        case "endif":
        case "endfor":
        case "endblock":
          return close(keyword, rest, tag);
        case "set":
          return set(rest, range, raw);
        case "include":
        case "extends":
          return include(keyword, rest, range, raw);
        case "endraw":
          throw new JinjaSyntaxError("`{% endraw %}` has no `{% raw %}` to close");
        default:
          if (UNSUPPORTED.has(keyword)) throw new JinjaSyntaxError(`\`{% ${keyword} %}\` is not supported`);
          throw new JinjaSyntaxError(keyword ? `unknown tag \`${keyword}\`` : "the tag is empty");
      }
    } catch (error) {
      if (!(error instanceof JinjaSyntaxError)) throw error;
      invalid(tag, raw, range, error.message);
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
    const line = lines.position(tag.start).line;
    if (!frame || frame.node.type === "block" || (keyword === "elif" && frame.node.type === "for")) {
      throw new JinjaSyntaxError(`\`{% ${keyword} %}\` on line ${line} is outside an if${keyword === "else" ? " or for" : ""}`);
    }
    if (frame.sawElse) throw new JinjaSyntaxError(`\`{% ${keyword} %}\` on line ${line} comes after the \`{% else %}\` of the same block`);
    if (keyword === "else" && rest) throw new JinjaSyntaxError("`{% else %}` takes nothing after it; use `{% elif … %}`");
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
    const line = lines.position(tag.start).line;
    if (!frame) throw new JinjaSyntaxError(`\`{% ${keyword} %}\` on line ${line} has nothing to close`);
    if (END_TAG[frame.node.type] !== keyword) {
      const open = frame.node.type;
      throw new JinjaSyntaxError(`\`{% ${keyword} %}\` on line ${line} does not match \`{% ${open} %}\` opened on line ${frame.node.range.start.line}, which needs \`{% ${END_TAG[open]} %}\``);
    }
    if (rest && !(frame.node.type === "block" && rest === frame.node.name)) {
      throw new JinjaSyntaxError(frame.node.type === "block" ? `\`{% endblock ${rest} %}\` closes the block "${frame.node.name}"` : `\`{% ${keyword} %}\` takes nothing after it`);
    }
    stack.pop();
    if (frame.node.type === "for") loops--;
    out = frame.parent;
  }

  function forNode(rest: string, range: JinjaForNode["range"], raw: string): JinjaForNode {
    const parser = new ExpressionParser(tokenize(rest));
    const target = parser.peek();
    if (target?.type !== "name") throw new JinjaSyntaxError("`{% for %}` needs a loop variable: `{% for item in items %}`");
    parser.position++;
    if (parser.isOp(",")) throw new JinjaSyntaxError("unpacking several loop variables (`for a, b in …`) is not supported");
    if (!parser.isName("in")) throw new JinjaSyntaxError(`expected \`in\` after the loop variable${parser.describeNext()}`);
    parser.position++;
    const iter = checked(parser.expression());
    if (parser.isName("if")) throw new JinjaSyntaxError("loop filters (`for x in xs if …`) are not supported; put an `{% if %}` inside the loop");
    if (parser.isName("recursive")) throw new JinjaSyntaxError("recursive loops are not supported");
    if (!parser.atEnd()) throw new JinjaSyntaxError(`unexpected \`${parser.peek()!.text}\` in \`{% for %}\``);
    return { type: "for", target: target.text, iter, children: [], elseChildren: [], range, raw };
  }

  function set(rest: string, range: JinjaForNode["range"], raw: string) {
    const match = /^([A-Za-z_]\w*)\s*=(?!=)([\s\S]*)$/.exec(rest);
    if (!match) {
      if (/^[A-Za-z_]\w*$/.test(rest)) throw new JinjaSyntaxError("block assignments (`{% set x %}…{% endset %}`) are not supported");
      throw new JinjaSyntaxError("`{% set %}` takes one name and a value: `{% set name = value %}`");
    }
    out.push({ type: "set", name: match[1]!, expr: checked(parseExpression(match[2]!)), range, raw });
  }

  function include(keyword: "include" | "extends", rest: string, range: JinjaForNode["range"], raw: string) {
    const parser = new ExpressionParser(tokenize(rest));
    const name = parser.peek();
    if (name?.type !== "string") throw new JinjaSyntaxError(`\`{% ${keyword} %}\` needs a quoted name: \`{% ${keyword} "slug" %}\``);
    parser.position++;
    let ignoreMissing = false;
    if (keyword === "include" && parser.isName("ignore") && parser.isName("missing", 1)) {
      ignoreMissing = true;
      parser.position += 2;
    }
    if (keyword === "include" && parser.isName("with") && parser.isName("context", 1)) parser.position += 2;
    if (!parser.atEnd()) throw new JinjaSyntaxError(`\`${parser.peek()!.text}\` is not supported in \`{% ${keyword} %}\``);
    if (keyword === "extends" && stack.length > 0) throw new JinjaSyntaxError("`{% extends %}` must be at the top level, outside if, for and block");
    if (keyword === "extends" && root.some((node) => node.type === "extends")) throw new JinjaSyntaxError("a template can extend only one other");
    out.push({ type: keyword, name: name.value as string, ignoreMissing, range, raw });
  }

  function condition(rest: string, keyword: string): JinjaExpr {
    if (!rest) throw new JinjaSyntaxError(`\`{% ${keyword} %}\` needs a condition`);
    return checked(parseExpression(rest));
  }
}

const SIMPLE_PATH = /^[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*$/;
const WORDS = new Set(["true", "false", "none", "True", "False", "None", "and", "or", "not", "in", "is", "if", "else", "super"]);

/** `{{ name }}` and `{{ user.name }}`, most of a prompt's tags, without the tokenizer. */
function simplePath(body: string, cache: Map<string, JinjaExpr>): JinjaExpr | null {
  const cached = cache.get(body);
  if (cached) return cached;
  if (!SIMPLE_PATH.test(body)) return null;
  const keys = body.split(".");
  // Long paths go through the tokenizer, whose length limit keeps evaluation off deep stacks.
  if (WORDS.has(keys[0]!) || keys.length > 50) return null;
  let expr: JinjaExpr = { kind: "name", name: keys[0]! };
  for (let i = 1; i < keys.length; i++) expr = { kind: "attr", object: expr, key: keys[i]! };
  cache.set(body, expr);
  return expr;
}

/** Unknown filters are refused when the template is read, as Jinja does. */
function checked(expr: JinjaExpr): JinjaExpr {
  const pending = [expr];
  while (pending.length) {
    const node = pending.pop()!;
    switch (node.kind) {
      case "filter":
        if (!Object.prototype.hasOwnProperty.call(FILTERS, node.name)) throw new JinjaSyntaxError(`the filter \`${node.name}\` is not supported`);
        pending.push(node.input, ...node.args, ...Object.values(node.kwargs));
        break;
      case "list":
        pending.push(...node.items);
        break;
      case "attr":
      case "not":
      case "neg":
        pending.push(node.kind === "attr" ? node.object : node.operand);
        break;
      case "index":
        pending.push(node.object, node.index);
        break;
      case "and":
      case "or":
        pending.push(node.left, node.right);
        break;
      case "compare":
        pending.push(node.first, ...node.rest.map((part) => part.right));
        break;
    }
  }
  return expr;
}
