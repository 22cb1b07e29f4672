import type { GoBlockNode, GoDefineNode, GoIfNode, GoNode, GoTemplateNode } from "../ast";
import { FenceCursor } from "../../text/fences";
import { MAX_PROBLEMS, lineOf, quoteTag, rangeOf, type TemplateOrigin } from "../positions";
import type { TemplateProblem } from "../types";
import { GoSyntaxError, parseGoExpression, tryParseGoExpression } from "./expression";
import { TextNodes } from "../text-nodes";
import { scanAction, skipSpace, trimEndSpace, type GoAction } from "./scan";

type OpenNode = GoIfNode | GoBlockNode | GoDefineNode | GoTemplateNode;

/** Children of every block that has none yet; never written to (see `emit`). */
const NO_CHILDREN: GoNode[] = [];

/**
 * Parses the Go text/template subset into a tree. Never throws: an action outside the subset
 * becomes a problem at its position and is kept as written.
 */
export function parseGo(origin: TemplateOrigin, fences: readonly [number, number][] | null) {
  const { source, lines } = origin;
  const problems: TemplateProblem[] = [];
  const root: GoNode[] = [];
  // The open blocks, and for each the list it was added to, where that list is stored and
  // whether an {{else}} was seen, as parallel arrays: no object per nesting level.
  const stack: OpenNode[] = [];
  const parentLists: GoNode[][] = [];
  const parentOwners: (Record<string, unknown> | null)[] = [];
  const parentKeys: string[] = [];
  const sawElse: boolean[] = [];
  let out = root;
  // Where `out` is stored (`owner[key]`). A block's lists start as the shared empty list and
  // get their own array, exactly sized, with their first child: no spare-capacity array per
  // nesting level.
  let owner: Record<string, unknown> | null = null;
  let key = "";
  const emit = (node: GoNode) => {
    if (out === NO_CHILDREN) {
      out = [node];
      owner![key] = out;
    } else out.push(node);
  };
  const into = (list: object, listKey: string) => {
    out = NO_CHILDREN;
    owner = list as Record<string, unknown>;
    key = listKey;
  };
  const close = (end: number) => {
    const node = stack.pop()!;
    if (node.type === "define" || node.type === "template") node.closeEnd = end;
    out = parentLists.pop()!;
    owner = parentOwners.pop()!;
    key = parentKeys.pop()!;
    sawElse.pop();
  };
  let textStart = 0;
  let scan = 0;
  const fenceCursor = fences ? new FenceCursor(fences) : null;
  const definitions = new Set<string>();
  const texts = new TextNodes();
  let dropped = 0;

  const problem = (start: number, end: number, message: string, code = "go-syntax") =>
    problems.push({ code, severity: "error", message, range: lines.range(start, end) });

  function emitText(end: number, trimRight: boolean) {
    let text = source.slice(textStart, end);
    if (trimRight) text = trimEndSpace(text);
    if (text) emit(texts.of(text));
  }

  for (;;) {
    const start = source.indexOf("{{", scan);
    if (start === -1) break;
    if (fenceCursor?.inside(start)) {
      scan = start + 2;
      continue;
    }
    let action: GoAction;
    try {
      action = scanAction(source, start);
    } catch (error) {
      problem(start, start + 2, `\`{{\` on line ${lines.position(start).line}: ${(error as Error).message}`, "unclosed-tag");
      break;
    }
    emitText(start, action.trimLeft);
    textStart = action.trimRight ? skipSpace(source, action.end) : action.end;
    scan = action.end;
    handle(action);
  }
  emitText(source.length, false);
  for (const node of stack) {
    if (problems.length >= MAX_PROBLEMS) {
      dropped++;
      continue;
    }
    problems.push({
      code: "unclosed-block",
      severity: "error",
      message: `\`{{${node.type === "template" ? "block" : node.type}}}\` opened on line ${lineOf(node)} is never closed with \`{{end}}\``,
      range: rangeOf(node),
    });
  }
  return { nodes: root, problems, dropped };

  function handle(action: GoAction) {
    const { start, end, body } = action;
    // The commonest action, `{{end}}`, closes its block and is done.
    if (body === "end" && stack.length > 0) return close(end);
    const keyword = keywordOf(body);
    const rest = keyword ? body.slice(afterKeyword(body, keyword)) : "";
    try {
      if (body.startsWith("/*")) {
        if (!body.endsWith("*/")) throw new GoSyntaxError("a comment must end right before }}");
        return;
      }
      switch (keyword) {
        case null: {
          const expr = tryParseGoExpression(body);
          if (expr instanceof GoSyntaxError) return invalid(expr, start, end);
          emit({ type: "print", expr, start, end, origin });
          return;
        }
        case "if": {
          const node: GoIfNode = { type: "if", branches: [{ cond: parseGoExpression(rest), children: NO_CHILDREN }], start, end, origin };
          open(node, node.branches[0]!, "children");
          return;
        }
        case "range":
        case "with": {
          const node: GoBlockNode = { type: keyword, expr: parseGoExpression(rest), children: NO_CHILDREN, elseChildren: NO_CHILDREN, start, end, origin };
          open(node, node, "children");
          return;
        }
        case "else":
          return elseBranch(rest, start);
        case "end": {
          if (stack.length === 0) throw new GoSyntaxError(`\`{{end}}\` on line ${lines.position(start).line} has nothing to close`);
          return close(end);
        }
        case "template":
          emit(templateNode(rest, start, end, origin));
          return;
        case "block": {
          const node = templateNode(rest, start, end, origin);
          node.closeEnd = -1;
          if (!node.arg) throw new GoSyntaxError("missing value for block clause");
          definedOnce(node.name);
          node.block = NO_CHILDREN;
          open(node, node, "block");
          return;
        }
        case "define": {
          if (stack.length > 0) throw new GoSyntaxError(`\`{{define}}\` on line ${lines.position(start).line} must stand at the top level, outside other actions`);
          const { name, arg } = templateNode(rest, start, end, origin);
          if (arg) throw new GoSyntaxError("`{{define}}` takes only a name");
          definedOnce(name);
          const node: GoDefineNode = { type: "define", name, children: NO_CHILDREN, start, end, origin, closeEnd: -1 };
          open(node, node, "children");
          return;
        }
        default:
          throw new GoSyntaxError(`\`{{${keyword}}}\` is not supported`);
      }
    } catch (error) {
      if (!(error instanceof GoSyntaxError)) throw error;
      invalid(error, start, end);
    }
  }

  /** An action outside the subset: a problem at its place, and kept as written. */
  function invalid(error: GoSyntaxError, start: number, end: number) {
    // It renders as written, so it is text: short ones share a node, like other short texts.
    emit(texts.node(source, start, end));
    // Past the cap, a problem is only counted: no message is built for it.
    if (problems.length >= MAX_PROBLEMS) {
      dropped++;
      return;
    }
    // A message quotes parts of the action: keep it readable however long the action is.
    const detail = error.message.length > 240 ? `${error.message.slice(0, 200)}…` : error.message;
    const range = lines.range(start, end);
    const message = detail.startsWith("`") ? detail : `\`${quoteTag(source.slice(start, end))}\` on line ${range.start.line}: ${detail}`;
    problems.push({ code: "go-syntax", severity: "error", message, range });
  }

  /** Go refuses two definitions of one name in one document. */
  function definedOnce(name: string) {
    if (definitions.has(name)) throw new GoSyntaxError(`multiple definition of template "${name}"`);
    definitions.add(name);
  }

  function open(node: OpenNode, list: object, listKey: string) {
    emit(node);
    stack.push(node);
    parentLists.push(out);
    parentOwners.push(owner);
    parentKeys.push(key);
    sawElse.push(false);
    into(list, listKey);
  }

  function elseBranch(rest: string, start: number) {
    const depth = stack.length - 1;
    const node = stack[depth];
    const line = lines.position(start).line;
    if (!node || node.type === "define" || node.type === "template") throw new GoSyntaxError(`\`{{else}}\` on line ${line} is outside if, range and with`);
    if (sawElse[depth]) throw new GoSyntaxError(`a second \`{{else}}\` on line ${line} for the same block`);
    const elseIf = /^if\b\s*/.exec(rest);
    if (node.type === "if") {
      if (!elseIf && rest) throw new GoSyntaxError(`\`{{else ${rest}}}\` is not supported`);
      const branch = { cond: elseIf ? parseGoExpression(rest.slice(elseIf[0].length)) : null, children: NO_CHILDREN };
      node.branches.push(branch);
      sawElse[depth] = !elseIf;
      into(branch, "children");
    } else {
      if (rest) throw new GoSyntaxError(`\`{{else ${rest}}}\` is not supported in {{${node.type}}}`);
      sawElse[depth] = true;
      into(node, "elseChildren");
    }
  }
}

const KEYWORDS = ["if", "else", "end", "range", "with", "template", "define", "block", "break", "continue"] as const;
type Keyword = (typeof KEYWORDS)[number];
const isWordCode = (code: number) => (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95;
const UNICODE_SPACE = /\s/;

/** The keyword an action starts with (followed by a non-word character), read without a regex match object. */
function keywordOf(body: string): Keyword | null {
  const first = body.charCodeAt(0);
  if (first < 98 || first > 119) return null; // b … w: no keyword starts elsewhere
  for (const keyword of KEYWORDS) {
    if (body.startsWith(keyword) && !isWordCode(body.charCodeAt(keyword.length))) return keyword;
  }
  return null;
}

/** Where the rest of an action begins after its keyword and the blanks that follow it. */
function afterKeyword(body: string, keyword: Keyword): number {
  let i = keyword.length;
  while (i < body.length && UNICODE_SPACE.test(body[i]!)) i++;
  return i;
}

function templateNode(rest: string, start: number, end: number, origin: TemplateOrigin): GoTemplateNode {
  const match = /^("(?:[^"\\]|\\.)*"|`[^`]*`)\s*(.*)$/s.exec(rest);
  if (!match) throw new GoSyntaxError("`{{template}}` needs a quoted name");
  const name = match[1]!.startsWith("`") ? match[1]!.slice(1, -1) : (JSON.parse(match[1]!) as string);
  return { type: "template", name, arg: match[2] ? parseGoExpression(match[2]) : null, start, end, origin };
}
