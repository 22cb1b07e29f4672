import type { CompareOp, JinjaExpr } from "./ast";
import { JinjaSyntaxError, tokenize, type Token } from "./tokenize";

// Jinja would read these as variable names here (`a == not b` compares with a variable "not").
const KEYWORDS = new Set(["not", "and", "or", "in", "is", "if", "else"]);
const COMPARE = new Set(["==", "!=", "<", "<=", ">", ">="]);
const UNSUPPORTED_OPERATORS = new Set(["+", "-", "*", "/", "//", "%", "**", "~"]);
/** Deeper expressions than this are refused rather than recursed into. */
const MAX_DEPTH = 100;

/** Reads expressions from a token list; `position` is where the next one starts. */
export class ExpressionParser {
  position = 0;
  private depth = 0;

  constructor(readonly tokens: Token[]) {}

  peek(offset = 0): Token | undefined {
    return this.tokens[this.position + offset];
  }

  isName(text: string, offset = 0): boolean {
    const token = this.peek(offset);
    return token?.type === "name" && token.text === text;
  }

  isOp(text: string): boolean {
    const token = this.peek();
    return token?.type === "op" && token.text === text;
  }

  expectOp(text: string) {
    if (!this.isOp(text)) throw new JinjaSyntaxError(`expected \`${text}\`${this.describeNext()}`);
    this.position++;
  }

  describeNext(): string {
    const token = this.peek();
    return token ? `, found \`${token.text}\`` : " at the end of the tag";
  }

  atEnd(): boolean {
    return this.position >= this.tokens.length;
  }

  expression(): JinjaExpr {
    if (++this.depth > MAX_DEPTH) throw new JinjaSyntaxError(`the expression is nested deeper than ${MAX_DEPTH} levels`);
    try {
      return this.or();
    } finally {
      this.depth--;
    }
  }

  private or(): JinjaExpr {
    let left = this.and();
    while (this.isName("or")) {
      this.position++;
      left = { kind: "or", left, right: this.and() };
    }
    return left;
  }

  private and(): JinjaExpr {
    let left = this.not();
    while (this.isName("and")) {
      this.position++;
      left = { kind: "and", left, right: this.not() };
    }
    return left;
  }

  private not(): JinjaExpr {
    if (this.isName("not")) {
      this.position++;
      if (++this.depth > MAX_DEPTH) throw new JinjaSyntaxError(`the expression is nested deeper than ${MAX_DEPTH} levels`);
      const operand = this.not();
      this.depth--;
      return { kind: "not", operand };
    }
    return this.compare();
  }

  private compare(): JinjaExpr {
    const first = this.unary();
    const rest: { op: CompareOp; right: JinjaExpr }[] = [];
    for (;;) {
      const token = this.peek();
      let op: CompareOp | null = null;
      if (token?.type === "op" && COMPARE.has(token.text)) op = token.text as CompareOp;
      else if (this.isName("in")) op = "in";
      else if (this.isName("not") && this.isName("in", 1)) op = "not in";
      if (!op) break;
      this.position += op === "not in" ? 2 : 1;
      rest.push({ op, right: this.unary() });
    }
    const next = this.peek();
    if (next?.type === "op" && UNSUPPORTED_OPERATORS.has(next.text)) throw new JinjaSyntaxError(`the \`${next.text}\` operator is not supported`);
    if (this.isName("is")) throw new JinjaSyntaxError("tests (`is defined`, `is none`, …) are not supported; use `if x` or `x | default(…)`");
    if (this.isName("if")) throw new JinjaSyntaxError("inline `if … else` expressions are not supported; use `{% if %}`");
    return rest.length ? { kind: "compare", first, rest } : first;
  }

  private unary(): JinjaExpr {
    if (this.isOp("-")) {
      this.position++;
      if (++this.depth > MAX_DEPTH) throw new JinjaSyntaxError(`the expression is nested deeper than ${MAX_DEPTH} levels`);
      const operand = this.postfix(this.primary());
      this.depth--;
      return this.filters({ kind: "neg", operand });
    }
    return this.filters(this.postfix(this.primary()));
  }

  private primary(): JinjaExpr {
    const token = this.peek();
    if (!token) throw new JinjaSyntaxError("an expression is missing");
    this.position++;
    switch (token.type) {
      case "string": {
        let value = token.value as string;
        // Adjacent literals join, as in Python: `"a" "b"`.
        while (this.peek()?.type === "string") value += this.tokens[this.position++]!.value as string;
        return { kind: "literal", value };
      }
      case "int":
      case "float":
        return { kind: "literal", value: token.value };
      case "name":
        if (token.text === "true" || token.text === "True") return { kind: "literal", value: true };
        if (token.text === "false" || token.text === "False") return { kind: "literal", value: false };
        if (token.text === "none" || token.text === "None") return { kind: "literal", value: null };
        if (KEYWORDS.has(token.text)) throw new JinjaSyntaxError(`\`${token.text}\` cannot come here; add parentheses, as in \`a == (not b)\``);
        if (token.text === "super" && this.isOp("(")) {
          this.position++;
          this.expectOp(")");
          return { kind: "super" };
        }
        return { kind: "name", name: token.text };
      case "op":
        if (token.text === "(") {
          const inner = this.expression();
          if (this.isOp(",")) throw new JinjaSyntaxError("tuples are not supported");
          this.expectOp(")");
          return inner;
        }
        if (token.text === "[") {
          const items: JinjaExpr[] = [];
          while (!this.isOp("]")) {
            items.push(this.expression());
            if (!this.isOp("]")) this.expectOp(",");
          }
          this.position++;
          return { kind: "list", items };
        }
        if (token.text === "{") throw new JinjaSyntaxError("dict literals are not supported");
        throw new JinjaSyntaxError(`unexpected \`${token.text}\``);
    }
  }

  private postfix(node: JinjaExpr): JinjaExpr {
    for (;;) {
      if (this.isOp(".")) {
        this.position++;
        const key = this.peek();
        if (key?.type === "name") {
          this.position++;
          node = { kind: "attr", object: node, key: key.text };
        } else if (key?.type === "int") {
          this.position++;
          node = { kind: "index", object: node, index: { kind: "literal", value: key.value } };
        } else {
          throw new JinjaSyntaxError(`expected a name after \`.\`${this.describeNext()}`);
        }
      } else if (this.isOp("[")) {
        this.position++;
        if (this.isOp(":")) throw new JinjaSyntaxError("slices (`a[1:2]`) are not supported");
        const index = this.expression();
        if (this.isOp(":")) throw new JinjaSyntaxError("slices (`a[1:2]`) are not supported");
        this.expectOp("]");
        node = { kind: "index", object: node, index };
      } else if (this.isOp("(")) {
        throw new JinjaSyntaxError("calling functions and methods is not supported (only `super()`)");
      } else {
        return node;
      }
    }
  }

  private filters(node: JinjaExpr): JinjaExpr {
    while (this.isOp("|")) {
      this.position++;
      const name = this.peek();
      if (name?.type !== "name") throw new JinjaSyntaxError(`expected a filter name after \`|\`${this.describeNext()}`);
      this.position++;
      const args: JinjaExpr[] = [];
      const kwargs: Record<string, JinjaExpr> = {};
      if (this.isOp("(")) {
        this.position++;
        while (!this.isOp(")")) {
          const keyword = this.peek();
          if (keyword?.type === "name" && this.peek(1)?.type === "op" && this.peek(1)?.text === "=") {
            this.position += 2;
            kwargs[keyword.text] = this.expression();
          } else {
            if (Object.keys(kwargs).length) throw new JinjaSyntaxError("a positional argument follows a keyword argument");
            args.push(this.expression());
          }
          if (!this.isOp(")")) this.expectOp(",");
        }
        this.position++;
      }
      node = { kind: "filter", input: node, name: name.text, args, kwargs };
    }
    return node;
  }
}

/** Parses a whole tag inside as one expression. */
export function parseExpression(input: string): JinjaExpr {
  const parser = new ExpressionParser(tokenize(input));
  const expr = parser.expression();
  if (!parser.atEnd()) throw new JinjaSyntaxError(`unexpected \`${parser.peek()!.text}\` after the expression`);
  return expr;
}
