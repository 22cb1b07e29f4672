import type { GoExpr } from "../ast";
import { FenceCursor } from "../../text/fences";
import { IntStack } from "../int-stack";
import { MAX_PROBLEMS, quoteTag, type TemplateOrigin } from "../positions";
import type { TemplateProblem } from "../types";
import { GoSyntaxError, parseGoExpression, tryParseGoExpression } from "./expression";
import { isJsSpace, newAction, scanAction, skipSpace } from "./scan";
import { BLOCK, BRANCH, DEFINE, GoTree, IF, PRINT, RANGE, SAW_ELSE, TEMPLATE, TEXT, WITH, blockWord, type GoTemplateRecord } from "./tree";

// Texts between actions this short are interned: a document repeats them (a space, a newline,
// a bad action), and one shared string costs less than a copy per gap.
const MAX_INTERNED_TEXT = 16;
// Ways of writing one bad action's body that share their strings (see badTextRef).
const MAX_BAD_VARIANTS = 4;

/**
 * Parses the Go text/template subset into columns (see tree.ts). One pass, explicit stacks of
 * node indexes (no object per nesting level). Never throws: an action outside the subset
 * becomes a problem at its position and is kept as written.
 */
export function parseGo(origin: TemplateOrigin, fences: readonly [number, number][] | null) {
  const { source, lines } = origin;
  const problems: TemplateProblem[] = [];
  const tree = new GoTree(origin);
  // The open blocks, and for each the node its children go into now: a BRANCH of an if, range
  // or with, or a block or define itself.
  const blocks = new IntStack();
  const containers = new IntStack();
  let textStart = 0;
  let scan = 0;
  const fenceCursor = fences ? new FenceCursor(fences) : null;
  const definitions = new Set<string>();
  let dropped = 0;
  const action = newAction();

  const texts = new Map<string, number>();
  const addText = (start: number, end: number, text: string) => {
    let ref = text.length <= MAX_INTERNED_TEXT ? texts.get(text) : undefined;
    if (ref === undefined) {
      ref = tree.texts.push(text) - 1;
      if (text.length <= MAX_INTERNED_TEXT) texts.set(text, ref);
    }
    tree.add(TEXT, start, end, ref);
  };
  // A document repeats its actions, and parsed expressions are cached by their text: one
  // entry per distinct expression.
  const exprRefs = new Map<GoExpr, number>();
  const exprRef = (expr: GoExpr) => {
    let ref = exprRefs.get(expr);
    if (ref === undefined) {
      ref = tree.exprs.push(expr) - 1;
      exprRefs.set(expr, ref);
    }
    return ref;
  };

  const badTexts = new Map<GoSyntaxError, number[]>();
  let lastBad: GoSyntaxError | null = null;
  let lastBadRefs: number[] | null = null;

  const problem = (start: number, end: number, message: string, code = "go-syntax") =>
    problems.push({ code, severity: "error", message, range: lines.range(start, end) });

  function emitText(end: number, trimRight: boolean) {
    // Go's trim takes spaces, tabs, carriage returns and newlines.
    if (trimRight) while (end > textStart && isGoSpace(source.charCodeAt(end - 1))) end--;
    if (end > textStart) addText(textStart, end, source.slice(textStart, end));
  }

  for (;;) {
    const start = source.indexOf("{{", scan);
    if (start === -1) break;
    if (fenceCursor?.inside(start)) {
      scan = start + 2;
      continue;
    }
    try {
      scanAction(source, start, action);
    } catch (error) {
      problem(start, start + 2, `\`{{\` on line ${lines.position(start).line}: ${(error as Error).message}`, "unclosed-tag");
      break;
    }
    emitText(start, action.trimLeft);
    textStart = action.trimRight ? skipSpace(source, action.end) : action.end;
    scan = action.end;
    handle(action.start, action.end, action.bodyStart, action.bodyEnd);
  }
  emitText(source.length, false);
  for (let s = 0; s < blocks.length; s++) {
    tree.next[blocks.at(s)] = tree.length;
    tree.next[containers.at(s)] = tree.length;
  }
  for (let s = 0; s < blocks.length; s++) {
    if (problems.length >= MAX_PROBLEMS) {
      dropped++;
      continue;
    }
    const node = blocks.at(s);
    const start = tree.starts[node]!;
    problems.push({
      code: "unclosed-block",
      severity: "error",
      message: `\`{{${blockWord(tree, node)}}}\` opened on line ${lines.position(start).line} is never closed with \`{{end}}\``,
      range: lines.range(start, tree.ends[node]!),
    });
  }
  return { tree, problems, dropped };

  /** The action from `start` to `end`, its inside from `bodyStart` to `bodyEnd`. */
  function handle(start: number, end: number, bodyStart: number, bodyEnd: number) {
    // The commonest action, `{{end}}`, closes its block and is done.
    if (bodyEnd - bodyStart === 3 && blocks.length > 0 && source.startsWith("end", bodyStart)) return close(end);
    const keyword = keywordAt(source, bodyStart, bodyEnd);
    const rest = keyword ? source.slice(afterKeyword(source, bodyStart + keyword.length, bodyEnd), bodyEnd) : "";
    try {
      if (source.startsWith("/*", bodyStart)) {
        if (!source.startsWith("*/", bodyEnd - 2) || bodyEnd - 2 < bodyStart) throw new GoSyntaxError("a comment must end right before }}");
        return;
      }
      switch (keyword) {
        case null: {
          const expr = tryParseGoExpression(source.slice(bodyStart, bodyEnd));
          if (expr instanceof GoSyntaxError) return invalid(expr, start, end, true);
          tree.add(PRINT, start, end, exprRef(expr));
          return;
        }
        case "if": {
          const cond = exprRef(parseGoExpression(rest));
          open(tree.add(IF, start, end, -1), tree.add(BRANCH, start, end, cond));
          return;
        }
        case "range":
        case "with": {
          const expr = exprRef(parseGoExpression(rest));
          open(tree.add(keyword === "range" ? RANGE : WITH, start, end, expr), tree.add(BRANCH, start, end, -1));
          return;
        }
        case "else":
          return elseBranch(rest, start, end);
        case "end": {
          if (blocks.length === 0) throw new GoSyntaxError(`\`{{end}}\` on line ${lines.position(start).line} has nothing to close`);
          return close(end);
        }
        case "template":
          tree.add(TEMPLATE, start, end, tree.templates.push(templateRecord(rest)) - 1);
          return;
        case "block": {
          const record = templateRecord(rest);
          if (!record.arg) throw new GoSyntaxError("missing value for block clause");
          definedOnce(record.name);
          const node = tree.add(BLOCK, start, end, tree.templates.push(record) - 1);
          open(node, node);
          return;
        }
        case "define": {
          if (blocks.length > 0) throw new GoSyntaxError(`\`{{define}}\` on line ${lines.position(start).line} must stand at the top level, outside other actions`);
          const record = templateRecord(rest);
          if (record.arg) throw new GoSyntaxError("`{{define}}` takes only a name");
          definedOnce(record.name);
          const node = tree.add(DEFINE, start, end, tree.templates.push(record) - 1);
          open(node, node);
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
  function invalid(error: GoSyntaxError, start: number, end: number, cached = false) {
    // It renders as written, so it is text (see badTextRef).
    tree.add(TEXT, start, end, cached ? badTextRef(error, start, end) : -1);
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

  /**
   * Bad actions repeated (a line of a million `{{a}}`) share strings, found by the error their
   * body's cached parse gave (one object per distinct body): no string is sliced or hashed to
   * find them. A body keeps a few ways of writing it around (`{{a}}`, `{{ a }}`); the last
   * body seen is tried first.
   */
  function badTextRef(error: GoSyntaxError, start: number, end: number): number {
    if (error !== lastBad) {
      lastBad = error;
      lastBadRefs = badTexts.get(error) ?? null;
    }
    if (lastBadRefs) {
      for (const ref of lastBadRefs) {
        const text = tree.texts[ref]!;
        if (text.length === end - start && source.startsWith(text, start)) return ref;
      }
    }
    const ref = tree.texts.push(source.slice(start, end)) - 1;
    if (!lastBadRefs) badTexts.set(error, (lastBadRefs = [ref]));
    else if (lastBadRefs.length < MAX_BAD_VARIANTS) lastBadRefs.push(ref);
    return ref;
  }

  /** Go refuses two definitions of one name in one document. */
  function definedOnce(name: string) {
    if (definitions.has(name)) throw new GoSyntaxError(`multiple definition of template "${name}"`);
    definitions.add(name);
  }

  function open(block: number, container: number) {
    blocks.push(block);
    containers.push(container);
  }

  function close(end: number) {
    tree.next[containers.pop()] = tree.length;
    const node = blocks.pop();
    tree.next[node] = tree.length;
    const kind = tree.kind(node);
    if (kind === DEFINE || kind === BLOCK) tree.template(node).closeEnd = end;
  }

  function elseBranch(rest: string, start: number, end: number) {
    const line = lines.position(start).line;
    const node = blocks.length > 0 ? blocks.top() : -1;
    const kind = node < 0 ? -1 : tree.kind(node);
    if (kind !== IF && kind !== RANGE && kind !== WITH) throw new GoSyntaxError(`\`{{else}}\` on line ${line} is outside if, range and with`);
    if (tree.kinds[node]! & SAW_ELSE) throw new GoSyntaxError(`a second \`{{else}}\` on line ${line} for the same block`);
    const elseIf = /^if\b\s*/.exec(rest);
    let cond = -1;
    if (kind === IF) {
      if (!elseIf && rest) throw new GoSyntaxError(`\`{{else ${rest}}}\` is not supported`);
      if (elseIf) cond = exprRef(parseGoExpression(rest.slice(elseIf[0].length)));
      else tree.kinds[node] = tree.kinds[node]! | SAW_ELSE;
    } else {
      if (rest) throw new GoSyntaxError(`\`{{else ${rest}}}\` is not supported in {{${blockWord(tree, node)}}}`);
      tree.kinds[node] = tree.kinds[node]! | SAW_ELSE;
    }
    tree.next[containers.pop()] = tree.length;
    containers.push(tree.add(BRANCH, start, end, cond));
  }
}

const KEYWORDS = ["if", "else", "end", "range", "with", "template", "define", "block", "break", "continue"] as const;
type Keyword = (typeof KEYWORDS)[number];
const isWordCode = (code: number) => (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95;
const isGoSpace = (code: number) => code === 32 || code === 9 || code === 13 || code === 10;

/** The keyword the body from `from` to `to` starts with (followed by a non-word character). */
function keywordAt(source: string, from: number, to: number): Keyword | null {
  const first = source.charCodeAt(from);
  if (first < 98 || first > 119) return null; // b … w: no keyword starts elsewhere
  for (const keyword of KEYWORDS) {
    const after = from + keyword.length;
    if (source.startsWith(keyword, from) && after <= to && (after === to || !isWordCode(source.charCodeAt(after)))) return keyword;
  }
  return null;
}

/** Where the rest of an action begins: past the blanks from `from` (just after its keyword). */
function afterKeyword(source: string, from: number, to: number): number {
  let i = from;
  while (i < to && isJsSpace(source.charCodeAt(i))) i++;
  return i;
}

function templateRecord(rest: string): GoTemplateRecord {
  const match = /^("(?:[^"\\]|\\.)*"|`[^`]*`)\s*(.*)$/s.exec(rest);
  if (!match) throw new GoSyntaxError("`{{template}}` needs a quoted name");
  const name = match[1]!.startsWith("`") ? match[1]!.slice(1, -1) : (JSON.parse(match[1]!) as string);
  return { name, arg: match[2] ? parseGoExpression(match[2]) : null, closeEnd: -1 };
}
