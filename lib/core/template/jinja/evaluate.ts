import type { Lookup } from "../values";
import type { JinjaExpr } from "./ast";
import { FILTERS } from "./filters";
import { JinjaRuntimeError, isDict, PyFloat, UNDEFINED, isNumber, numeric, pyContains, pyEqual, pyLess, truthy, typeName } from "./py-values";

export interface EvalContext {
  lookup(name: string): Lookup;
  /** Jinja's own Undefined: an attribute of an undefined value is an error (else it is undefined too). */
  faithful: boolean;
  /** The parent template's version of the block being rendered, for `super()`. */
  renderSuper(): string;
}

/** What `loop` is inside `{% for %}`; prints as Jinja's LoopContext does. */
export class LoopContext {
  constructor(
    readonly index0: number,
    readonly length: number,
  ) {}
  attribute(key: string): Lookup {
    switch (key) {
      case "index":
        return this.index0 + 1;
      case "index0":
        return this.index0;
      case "first":
        return this.index0 === 0;
      case "last":
        return this.index0 === this.length - 1;
      case "length":
        return this.length;
      case "revindex":
        return this.length - this.index0;
      case "revindex0":
        return this.length - this.index0 - 1;
      default:
        throw new JinjaRuntimeError(`\`loop.${key}\` is not supported (index, index0, first, last, length, revindex, revindex0)`);
    }
  }
  toString() {
    return `<LoopContext ${this.index0 + 1}/${this.length}>`;
  }
}

// Python methods that `x.name` finds before a key of the same name: a silent difference if we returned the key.
const METHODS: Record<string, Set<string>> = {
  dict: new Set("clear copy fromkeys get items keys pop popitem setdefault update values".split(" ")),
  list: new Set("append clear copy count extend index insert pop remove reverse sort".split(" ")),
};
const STRING_METHODS = new Set(
  "capitalize casefold center count encode endswith expandtabs find format format_map index isalnum isalpha isascii isdecimal isdigit isidentifier islower isnumeric isprintable isspace istitle isupper join ljust lower lstrip maketrans partition removeprefix removesuffix replace rfind rindex rjust rpartition rsplit rstrip split splitlines startswith strip swapcase title translate upper zfill".split(" "),
);

/** Jinja's `getattr`: a Python attribute first, then the item of that name. */
export function getAttribute(object: Lookup, key: string, objectExpr: JinjaExpr, faithful: boolean): Lookup {
  if (object === UNDEFINED) {
    if (faithful) throw new JinjaRuntimeError(`'${describeExpr(objectExpr)}' is undefined`);
    return UNDEFINED;
  }
  if (object instanceof LoopContext) return object.attribute(key);
  const type = typeName(object);
  if (METHODS[type]?.has(key) || (type === "str" && STRING_METHODS.has(key))) {
    const describe = describeExpr(objectExpr);
    throw new JinjaRuntimeError(`\`${describe}.${key}\` is a ${type} method in Jinja, not a value; write ${describe}['${key}'] for the item`);
  }
  if (isDict(object)) return Object.prototype.hasOwnProperty.call(object, key) ? (object[key] ?? null) : UNDEFINED;
  return UNDEFINED;
}

/** Jinja's `getitem`: a list or string index (negative from the end), a dict key, else an attribute. */
export function getItem(object: Lookup, index: Lookup, objectExpr: JinjaExpr, faithful: boolean): Lookup {
  if (object === UNDEFINED) {
    if (faithful) throw new JinjaRuntimeError(`'${describeExpr(objectExpr)}' is undefined`);
    return UNDEFINED;
  }
  if ((Array.isArray(object) || typeof object === "string") && (typeof index === "number" || typeof index === "boolean")) {
    const items = typeof object === "string" ? [...object] : object;
    const i = Number(index);
    if (!Number.isInteger(i)) return UNDEFINED;
    const at = i < 0 ? items.length + i : i;
    return at >= 0 && at < items.length ? (items[at] ?? null) : UNDEFINED;
  }
  if (isDict(object) && typeof index === "string") {
    return Object.prototype.hasOwnProperty.call(object, index) ? (object[index] ?? null) : UNDEFINED;
  }
  if (typeof index === "string") return getAttribute(object, index, objectExpr, faithful);
  return UNDEFINED;
}

/** The source-like text of a path expression, for messages and variable names. */
export function describeExpr(expr: JinjaExpr): string {
  const parts: string[] = [];
  let node: JinjaExpr = expr;
  for (;;) {
    if (node.kind === "attr") parts.unshift(`.${node.key}`);
    else if (node.kind === "index") parts.unshift(node.index.kind === "literal" ? `[${JSON.stringify(node.index.value)}]` : "[…]");
    else break;
    node = node.object;
  }
  return (node.kind === "name" ? node.name : "…") + parts.join("");
}

export function evaluate(expr: JinjaExpr, context: EvalContext): Lookup {
  switch (expr.kind) {
    case "name":
      return context.lookup(expr.name);
    case "literal":
      return expr.value;
    case "list": {
      const items: Lookup[] = [];
      for (const item of expr.items) items.push(evaluate(item, context));
      return items;
    }
    case "attr":
      return getAttribute(evaluate(expr.object, context), expr.key, expr.object, context.faithful);
    case "index":
      return getItem(evaluate(expr.object, context), evaluate(expr.index, context), expr.object, context.faithful);
    case "filter": {
      const input = evaluate(expr.input, context);
      const args: Lookup[] = [];
      for (const arg of expr.args) args.push(evaluate(arg, context));
      const kwargs: Record<string, Lookup> = {};
      for (const key in expr.kwargs) kwargs[key] = evaluate(expr.kwargs[key]!, context);
      return FILTERS[expr.name]!(input, { args, kwargs });
    }
    case "not":
      return !truthy(evaluate(expr.operand, context));
    case "neg": {
      const value = evaluate(expr.operand, context);
      if (value === UNDEFINED) throw new JinjaRuntimeError(`'${describeExpr(expr.operand)}' is undefined`);
      if (!isNumber(value)) throw new JinjaRuntimeError(`bad operand type for unary -: '${typeName(value)}'`);
      return value instanceof PyFloat ? new PyFloat(-value.value) : -numeric(value);
    }
    case "and": {
      const left = evaluate(expr.left, context);
      return truthy(left) ? evaluate(expr.right, context) : left;
    }
    case "or": {
      const left = evaluate(expr.left, context);
      return truthy(left) ? left : evaluate(expr.right, context);
    }
    case "compare": {
      let left = evaluate(expr.first, context);
      let leftExpr = expr.first;
      for (const { op, right: rightExpr } of expr.rest) {
        const right = evaluate(rightExpr, context);
        if (!compare(op, left, right, leftExpr, rightExpr)) return false;
        left = right;
        leftExpr = rightExpr;
      }
      return true;
    }
    case "super":
      return new SafeText(context.renderSuper());
  }
}

/** Rendered text (from `super()`), printed as it is. */
export class SafeText {
  constructor(readonly text: string) {}
  toString() {
    return this.text;
  }
}

function compare(op: string, left: Lookup, right: Lookup, leftExpr: JinjaExpr, rightExpr: JinjaExpr): boolean {
  switch (op) {
    case "==":
      return pyEqual(left, right);
    case "!=":
      return !pyEqual(left, right);
    case "in":
      return pyContains(right, left);
    case "not in":
      return !pyContains(right, left);
  }
  if (left === UNDEFINED) throw new JinjaRuntimeError(`'${describeExpr(leftExpr)}' is undefined`);
  if (right === UNDEFINED) throw new JinjaRuntimeError(`'${describeExpr(rightExpr)}' is undefined`);
  switch (op) {
    case "<":
      return pyLess(left, right, op);
    case ">":
      return pyLess(right, left, op);
    case "<=":
      return !pyLess(right, left, op);
    default:
      return !pyLess(left, right, op);
  }
}
