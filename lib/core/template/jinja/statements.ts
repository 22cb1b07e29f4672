import { walkExpr } from "./walk-expr";
import type { TemplateOrigin } from "../positions";
import type { JinjaExpr, JinjaForNode, JinjaIncludeNode, JinjaSetNode } from "./ast";
import { ExpressionParser, parseExpression } from "./expression";
import { FILTERS } from "./filters";
import { JinjaSyntaxError, tokenize } from "./tokenize";

/** The statements' own syntax, after their keyword; each throws JinjaSyntaxError at a bad tag. */

/** `{% for item in items %}`: one loop variable, no loop filter, not recursive. */
export function parseFor(rest: string, start: number, end: number, origin: TemplateOrigin): JinjaForNode {
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
  return { type: "for", target: target.text, iter, children: [], elseChildren: [], start, end, origin };
}

/** `{% set name = value %}`. */
export function parseSet(rest: string, start: number, end: number, origin: TemplateOrigin): JinjaSetNode {
  const match = /^([A-Za-z_]\w*)\s*=(?!=)([\s\S]*)$/.exec(rest);
  if (!match) {
    if (/^[A-Za-z_]\w*$/.test(rest)) throw new JinjaSyntaxError("block assignments (`{% set x %}…{% endset %}`) are not supported");
    throw new JinjaSyntaxError("`{% set %}` takes one name and a value: `{% set name = value %}`");
  }
  return { type: "set", name: match[1]!, expr: checked(parseExpression(match[2]!)), start, end, origin };
}

/** `{% include "slug" [ignore missing] [with context] %}` and `{% extends "slug" %}`. */
export function parseInclude(keyword: "include" | "extends", rest: string, start: number, end: number, origin: TemplateOrigin): JinjaIncludeNode {
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
  return { type: keyword, name: name.value as string, ignoreMissing, start, end, origin };
}

const SIMPLE_PATH = /^[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*$/;
const WORDS = new Set(["true", "false", "none", "True", "False", "None", "and", "or", "not", "in", "is", "if", "else", "super"]);

/** `{{ name }}` and `{{ user.name }}`, most of a prompt's tags, without the tokenizer. */
export function simplePath(body: string, cache: Map<string, JinjaExpr>): JinjaExpr | null {
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
export function checked(expr: JinjaExpr): JinjaExpr {
  walkExpr(expr, (node) => {
    if (node.kind === "filter" && !Object.prototype.hasOwnProperty.call(FILTERS, node.name)) throw new JinjaSyntaxError(`the filter \`${node.name}\` is not supported`);
  });
  return expr;
}
