import { PyFloat } from "./py-values";

/**
 * A tag the subset cannot read: thrown inside the parser and caught at the tag, which becomes a
 * problem. Not an Error on purpose: a document can hold 100,000 bad tags, and building an Error
 * (its stack, even an empty one) cost more than the rest of parsing them (94 ms per MB of
 * unknown statements against 14 for the other shapes). It never leaves the parser.
 */
export class JinjaSyntaxError {
  readonly name = "JinjaSyntaxError";
  constructor(readonly message: string) {}
}

export type Token = { type: "name" | "string" | "int" | "float" | "op"; text: string; value?: unknown };

// Jinja's own number shapes: `1_000`, `1.5`, `1e3` (a float), `2.5E-3`.
const NUMBER = /(?:\d+(?:_\d+)*\.\d+(?:_\d+)*(?:[eE][+-]?\d+(?:_\d+)*)?|\d+(?:_\d+)*[eE][+-]?\d+(?:_\d+)*|\d+(?:_\d+)*)/y;
const NAME = /[A-Za-z_][A-Za-z0-9_]*/y;
const OPERATOR = /\*\*|\/\/|==|!=|<=|>=|[-+~*/%<>()[\]{}.,|:=]/y;
const SPACE = /\s+/y;
// Bounds the depth of any expression tree, so evaluating one can never exhaust the stack.
const MAX_TOKENS = 2000;

/** Splits a tag's inside into Jinja tokens. */
export function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < input.length) {
    const char = input[i]!;
    let text: string | null;
    if ((text = matchAt(SPACE, input, i))) {
      i += text.length;
    } else if (char === '"' || char === "'") {
      const end = quotedEnd(input, i);
      tokens.push({ type: "string", text: input.slice(i, end), value: unescape(input.slice(i + 1, end - 1)) });
      i = end;
    } else if ((text = matchAt(NUMBER, input, i))) {
      const digits = text.replaceAll("_", "");
      const isFloat = /[.eE]/.test(text);
      tokens.push({ type: isFloat ? "float" : "int", text, value: isFloat ? new PyFloat(Number(digits)) : Number(digits) });
      i += text.length;
    } else if ((text = matchAt(NAME, input, i))) {
      tokens.push({ type: "name", text });
      i += text.length;
    } else if ((text = matchAt(OPERATOR, input, i))) {
      tokens.push({ type: "op", text });
      i += text.length;
    } else {
      throw new JinjaSyntaxError(`unexpected character \`${char}\``);
    }
    if (tokens.length > MAX_TOKENS) throw new JinjaSyntaxError(`the tag is longer than ${MAX_TOKENS} tokens`);
  }
  return tokens;
}

function matchAt(pattern: RegExp, input: string, at: number): string | null {
  pattern.lastIndex = at;
  const match = pattern.exec(input);
  return match ? match[0] : null;
}

function quotedEnd(input: string, start: number): number {
  const quote = input[start];
  for (let i = start + 1; i < input.length; i++) {
    if (input[i] === "\\") i++;
    else if (input[i] === quote) return i + 1;
  }
  throw new JinjaSyntaxError("a string literal is never closed");
}

const SIMPLE_ESCAPES: Record<string, string> = { n: "\n", t: "\t", r: "\r", "\\": "\\", "'": "'", '"': '"', a: "\x07", b: "\b", f: "\f", v: "\v", "\n": "" };

/** Python's unicode-escape decoding, which Jinja applies to string literals. */
function unescape(body: string): string {
  if (!body.includes("\\")) return body;
  return body.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[0-7]{1,3}|[\s\S])/g, (whole, code: string) => {
    if (code in SIMPLE_ESCAPES) return SIMPLE_ESCAPES[code]!;
    if (/^[xuU]./.test(code)) {
      const point = parseInt(code.slice(1), 16);
      if (point > 0x10ffff) throw new JinjaSyntaxError(`\\${code} is not a valid character`);
      return String.fromCodePoint(point);
    }
    if (/^[0-7]/.test(code)) return String.fromCodePoint(parseInt(code, 8));
    return whole;
  });
}
