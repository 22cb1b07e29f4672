import type { GoExpr, GoFunction } from "../ast";

const FUNCTIONS = new Set<GoFunction>(["eq", "ne", "not", "and", "or", "len"]);

/**
 * An action outside the subset or malformed. Not an Error: capturing a stack trace costs more
 * than parsing an action, and a document can hold a million bad ones.
 */
export class GoSyntaxError {
  /**
   * When `lineAt` is an offset, the message names its line: `message` + line + `after`,
   * joined only when the problem is reported (most of a million are only counted).
   */
  constructor(
    readonly message: string,
    readonly lineAt = -1,
    readonly after = "",
  ) {}
}

// Parsing and evaluating recurse once per parenthesis: the limit keeps both far from the stack's end.
const MAX_PARENTHESES = 100;

type Token = { kind: "field" | "dot" | "string" | "number" | "ident" | "lparen" | "rparen" | "pipe" | "var"; text: string };

// Sticky patterns read a token where the scan stands, without copying the rest of the action.
const FIELD = /(?:\.[A-Za-z_]\w*)+/y;
const WORD = /\$\w*|-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?|[A-Za-z_]\w*|:=|=|,/y;

/** Splits the inside of an action into tokens; strings may hold anything, including `}}`. */
function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < input.length) {
    const char = input[i]!;
    if (char === " " || char === "\t" || char === "\r" || char === "\n") {
      i++;
    } else if (char === '"' || char === "`") {
      const end = findStringEnd(input, i);
      tokens.push({ kind: "string", text: input.slice(i, end) });
      i = end;
    } else if (char === ".") {
      FIELD.lastIndex = i;
      const match = FIELD.exec(input);
      tokens.push(match ? { kind: "field", text: match[0] } : { kind: "dot", text: "." });
      i += match ? match[0].length : 1;
    } else if (char === "(" || char === ")" || char === "|") {
      tokens.push({ kind: char === "(" ? "lparen" : char === ")" ? "rparen" : "pipe", text: char });
      i++;
    } else {
      WORD.lastIndex = i;
      const match = WORD.exec(input);
      if (!match) throw new GoSyntaxError(`unexpected "${char}"`);
      const text = match[0];
      tokens.push({ kind: text.startsWith("$") || text === ":=" || text === "=" || text === "," ? "var" : /^-?\d/.test(text) ? "number" : "ident", text });
      i += text.length;
    }
  }
  return tokens;
}

/** Where a Go string literal that starts at `start` ends (just past its closing quote). */
export function findStringEnd(input: string, start: number): number {
  const quote = input[start];
  for (let i = start + 1; i < input.length; i++) {
    if (quote === '"' && input[i] === "\\") i++;
    else if (input[i] === quote) return i + 1;
  }
  throw new GoSyntaxError("a string literal is never closed");
}

// Parsed expressions by their text. A document repeats its actions (and an attack repeats a bad
// one a million times); a cached answer, or error, costs no parse and no throw.
const CACHE_LIMIT = 10_000;
const cache = new Map<string, GoExpr | GoSyntaxError>();

/**
 * Parses a pipeline of the subset: one command, no `|`, no variables. Returns, not throws, a
 * GoSyntaxError: the common bad-action path must not cost a throw.
 */
export function tryParseGoExpression(input: string): GoExpr | GoSyntaxError {
  const cached = input.length <= 200 ? cache.get(input) : undefined;
  if (cached) return cached;
  let result: GoExpr | GoSyntaxError;
  try {
    result = parseUncached(input);
  } catch (error) {
    if (!(error instanceof GoSyntaxError)) throw error;
    result = error;
  }
  if (input.length <= 200) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(input, result);
  }
  return result;
}

function parseUncached(input: string): GoExpr {
  const tokens = tokenize(input);
  if (tokens.length === 0) throw new GoSyntaxError("the action is empty");
  const variable = tokens.find((token) => token.kind === "var");
  if (variable) throw new GoSyntaxError(`template variables (${variable.text}) are not supported`);
  if (tokens.some((token) => token.kind === "pipe")) throw new GoSyntaxError("pipelines (|) are not supported");
  let position = 0;
  let depth = 0;
  const expr = command();
  if (position < tokens.length) throw new GoSyntaxError(`unexpected "${tokens[position]!.text}"`);
  return expr;

  function command(): GoExpr {
    const first = tokens[position];
    if (first?.kind === "ident" && FUNCTIONS.has(first.text as GoFunction)) {
      position++;
      const args: GoExpr[] = [];
      while (position < tokens.length && tokens[position]!.kind !== "rparen") args.push(operand());
      checkArity(first.text as GoFunction, args.length);
      return { kind: "call", fn: first.text as GoFunction, args };
    }
    return operand();
  }

  function operand(): GoExpr {
    const token = tokens[position++];
    if (!token) throw new GoSyntaxError("an argument is missing");
    switch (token.kind) {
      case "dot":
        return { kind: "dot" };
      case "field":
        return { kind: "field", path: token.text.slice(1).split(".") };
      case "string":
        return { kind: "string", value: unquote(token.text) };
      case "number":
        return /^-?\d+$/.test(token.text) ? { kind: "number", value: Number(token.text), int: true } : { kind: "number", value: Number(token.text) };
      case "lparen": {
        if (++depth > MAX_PARENTHESES) throw new GoSyntaxError(`parentheses are nested deeper than ${MAX_PARENTHESES} levels`);
        const inner = command();
        depth--;
        if (tokens[position++]?.kind !== "rparen") throw new GoSyntaxError("a parenthesis is never closed");
        return inner;
      }
      case "ident":
        if (token.text === "true" || token.text === "false") return { kind: "bool", value: token.text === "true" };
        if (token.text === "nil") {
          if (position === 1 && tokens.length === 1) throw new GoSyntaxError("nil is not a command");
          return { kind: "nil" };
        }
        throw new GoSyntaxError(FUNCTIONS.has(token.text as GoFunction) ? `\`${token.text}\` must come first in its command` : `unknown function \`${token.text}\``);
      default:
        throw new GoSyntaxError(`unexpected "${token.text}"`);
    }
  }
}

function checkArity(fn: GoFunction, count: number) {
  const ok = fn === "not" || fn === "len" ? count === 1 : fn === "and" || fn === "or" ? count >= 1 : count >= 2;
  if (!ok) throw new GoSyntaxError(`wrong number of arguments for \`${fn}\``);
}

function unquote(literal: string): string {
  if (literal.startsWith("`")) return literal.slice(1, -1);
  try {
    return JSON.parse(literal) as string;
  } catch {
    throw new GoSyntaxError(`${literal} is not a valid string`);
  }
}
