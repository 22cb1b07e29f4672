import type { GoExpr } from "../ast";
import { FenceCursor } from "../../text/fences";
import { IntStack } from "../int-stack";
import { MAX_PROBLEMS, quoteTag, type TemplateOrigin } from "../positions";
import type { TemplateProblem } from "../types";
import { GoSyntaxError, tryParseGoExpression } from "./expression";
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

  const badTexts = new Map<object | string, number[]>();
  let lastBad: object | string | null = null;
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
    if (source.startsWith("/*", bodyStart)) {
      if (!source.startsWith("*/", bodyEnd - 2) || bodyEnd - 2 < bodyStart) invalid(COMMENT_NOT_AT_END, start, end, COMMENT_NOT_AT_END);
      return;
    }
    const keyword = keywordAt(source, bodyStart, bodyEnd);
    if (keyword === null) {
      const expr = tryParseGoExpression(source.slice(bodyStart, bodyEnd));
      // A bad action's cached error stands for its body: the key its text is shared by.
      if (expr instanceof GoSyntaxError) invalid(expr, start, end, expr);
      else tree.add(PRINT, start, end, exprRef(expr));
      return;
    }
    const rest = source.slice(afterKeyword(source, bodyStart + keyword.length, bodyEnd), bodyEnd);
    // Errors are returned, not thrown: a line of a million bad actions must not cost a throw each.
    const error = keywordAction(keyword, rest, start, end);
    if (error) invalid(error, start, end, keyword);
  }

  function keywordAction(keyword: Keyword, rest: string, start: number, end: number): GoSyntaxError | null {
    switch (keyword) {
      case "if": {
        const cond = tryParseGoExpression(rest);
        if (cond instanceof GoSyntaxError) return cond;
        open(tree.add(IF, start, end, -1), tree.add(BRANCH, start, end, exprRef(cond)));
        return null;
      }
      case "range":
      case "with": {
        const expr = tryParseGoExpression(rest);
        if (expr instanceof GoSyntaxError) return expr;
        open(tree.add(keyword === "range" ? RANGE : WITH, start, end, exprRef(expr)), tree.add(BRANCH, start, end, -1));
        return null;
      }
      case "else":
        return elseBranch(rest, start, end);
      case "end":
        if (blocks.length === 0) return located("`{{end}}` on line ", start, " has nothing to close");
        close(end);
        return null;
      case "template": {
        const record = templateRecord(rest);
        if (record instanceof GoSyntaxError) return record;
        tree.add(TEMPLATE, start, end, tree.templates.push(record) - 1);
        return null;
      }
      case "block": {
        const record = templateRecord(rest);
        if (record instanceof GoSyntaxError) return record;
        if (!record.arg) return MISSING_BLOCK_VALUE;
        if (definitions.has(record.name)) return definedTwice(record.name);
        definitions.add(record.name);
        const node = tree.add(BLOCK, start, end, tree.templates.push(record) - 1);
        open(node, node);
        return null;
      }
      case "define": {
        if (blocks.length > 0) return located("`{{define}}` on line ", start, " must stand at the top level, outside other actions");
        const record = templateRecord(rest);
        if (record instanceof GoSyntaxError) return record;
        if (record.arg) return DEFINE_TAKES_A_NAME;
        if (definitions.has(record.name)) return definedTwice(record.name);
        definitions.add(record.name);
        const node = tree.add(DEFINE, start, end, tree.templates.push(record) - 1);
        open(node, node);
        return null;
      }
      default:
        return UNSUPPORTED[keyword];
    }
  }

  /**
   * An action outside the subset: a problem at its place, and kept as written. `key` groups
   * the bad actions whose text may be shared (see badTextRef).
   */
  function invalid(error: GoSyntaxError, start: number, end: number, key: object | string) {
    tree.add(TEXT, start, end, badTextRef(key, start, end));
    // Past the cap, a problem is only counted: no message is built for it.
    if (problems.length >= MAX_PROBLEMS) {
      dropped++;
      return;
    }
    const text = error.lineAt < 0 ? error.message : `${error.message}${lines.position(error.lineAt).line}${error.after}`;
    // A message quotes parts of the action: keep it readable however long the action is.
    const detail = text.length > 240 ? `${text.slice(0, 200)}…` : text;
    const range = lines.range(start, end);
    const message = detail.startsWith("`") ? detail : `\`${quoteTag(source.slice(start, end))}\` on line ${range.start.line}: ${detail}`;
    problems.push({ code: "go-syntax", severity: "error", message, range });
  }

  /**
   * Bad actions repeated (a line of a million `{{a}}`) share strings, found by a key that needs
   * no slice or hash: the cached parse error of a bad print's body (one object per distinct
   * body), or the keyword of a bad keyword action. A key keeps a few texts around (`{{a}}`,
   * `{{ a }}`), each checked against the source; the last key seen is tried first.
   */
  function badTextRef(key: object | string, start: number, end: number): number {
    if (key !== lastBad) {
      lastBad = key;
      lastBadRefs = badTexts.get(key) ?? null;
    }
    if (lastBadRefs) {
      for (const ref of lastBadRefs) {
        const text = tree.texts[ref]!;
        if (text.length === end - start && source.startsWith(text, start)) return ref;
      }
    }
    const ref = tree.texts.push(source.slice(start, end)) - 1;
    if (!lastBadRefs) badTexts.set(key, (lastBadRefs = [ref]));
    else if (lastBadRefs.length < MAX_BAD_VARIANTS) lastBadRefs.push(ref);
    return ref;
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

  function elseBranch(rest: string, start: number, end: number): GoSyntaxError | null {
    const node = blocks.length > 0 ? blocks.top() : -1;
    const kind = node < 0 ? -1 : tree.kind(node);
    if (kind !== IF && kind !== RANGE && kind !== WITH) return located("`{{else}}` on line ", start, " is outside if, range and with");
    if (tree.kinds[node]! & SAW_ELSE) return located("a second `{{else}}` on line ", start, " for the same block");
    // `else if` (`\b\s*` after the `if`, read without a regex match object)
    const elseIf = rest.startsWith("if") && (rest.length === 2 || !isWordCode(rest.charCodeAt(2)));
    let cond = -1;
    if (kind === IF) {
      if (!elseIf && rest) return new GoSyntaxError(`\`{{else ${rest}}}\` is not supported`);
      if (elseIf) {
        const expr = tryParseGoExpression(rest.slice(afterKeyword(rest, 2, rest.length)));
        if (expr instanceof GoSyntaxError) return expr;
        cond = exprRef(expr);
      } else tree.kinds[node] = tree.kinds[node]! | SAW_ELSE;
    } else {
      if (rest) return new GoSyntaxError(`\`{{else ${rest}}}\` is not supported in {{${blockWord(tree, node)}}}`);
      tree.kinds[node] = tree.kinds[node]! | SAW_ELSE;
    }
    tree.next[containers.pop()] = tree.length;
    containers.push(tree.add(BRANCH, start, end, cond));
    return null;
  }
}

/** An error whose message names the line of `offset`: `before` + line + `after`, built only if reported. */
const located = (before: string, offset: number, after: string) => new GoSyntaxError(before, offset, after);
const definedTwice = (name: string) => new GoSyntaxError(`multiple definition of template "${name}"`);
// Errors that say the same every time, made once.
const COMMENT_NOT_AT_END = new GoSyntaxError("a comment must end right before }}");
const MISSING_BLOCK_VALUE = new GoSyntaxError("missing value for block clause");
const DEFINE_TAKES_A_NAME = new GoSyntaxError("`{{define}}` takes only a name");
const UNSUPPORTED: Record<"break" | "continue", GoSyntaxError> = {
  break: new GoSyntaxError("`{{break}}` is not supported"),
  continue: new GoSyntaxError("`{{continue}}` is not supported"),
};

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

/** The name and argument of a template, block or define action (`rest` follows the keyword). */
function templateRecord(rest: string): GoTemplateRecord | GoSyntaxError {
  const close = quotedEnd(rest);
  if (close < 0) return NEEDS_QUOTED_NAME;
  const literal = rest.slice(0, close);
  let name = literal.slice(1, -1);
  // Escapes, and the control characters JSON refuses as Go does, need a real unquote.
  if (literal.startsWith('"') && NEEDS_UNQUOTE.test(name)) {
    try {
      name = JSON.parse(literal) as string;
    } catch {
      return new GoSyntaxError(`${literal} is not a valid string`);
    }
  }
  const argStart = afterKeyword(rest, close, rest.length);
  const arg = argStart < rest.length ? tryParseGoExpression(rest.slice(argStart)) : null;
  if (arg instanceof GoSyntaxError) return arg;
  return { name, arg, closeEnd: -1 };
}

/** Where the quoted string `text` starts with ends (past its closing quote), or -1. */
function quotedEnd(text: string): number {
  const quote = text[0];
  if (quote === "`") return text.indexOf("`", 1) + 1 || -1;
  if (quote !== '"') return -1;
  for (let i = 1; i < text.length; i++) {
    const char = text[i];
    if (char === "\\") i++;
    else if (char === '"') return i + 1;
  }
  return -1;
}

const NEEDS_UNQUOTE = /[\\\u0000-\u001f]/;
const NEEDS_QUOTED_NAME = new GoSyntaxError("`{{template}}` needs a quoted name");
