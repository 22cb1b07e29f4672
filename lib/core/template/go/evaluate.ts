import type { GoExpr } from "../ast";
import { NOT_FOUND, isRecord, property, type Lookup } from "../values";

/** Evaluation problems are reported by the caller at the action's position. */
export class GoEvalError extends Error {}

/** Go's truth: false, 0, nil, and empty strings, arrays and maps are false. */
export function isTruthy(value: Lookup): boolean {
  if (value === NOT_FOUND || value === null || value === undefined || value === false || value === 0 || value === "") return false;
  if (Array.isArray(value)) return value.length > 0;
  if (isRecord(value)) return Object.keys(value).length > 0;
  return true;
}

export function evaluate(expr: GoExpr, dot: Lookup): Lookup {
  switch (expr.kind) {
    case "dot":
      return dot;
    case "field": {
      let value = dot;
      for (const key of expr.path) value = value === NOT_FOUND ? NOT_FOUND : property(value, key);
      return value;
    }
    case "string":
    case "number":
    case "bool":
      return expr.value;
    case "nil":
      return null;
    case "call":
      return call(expr.fn, expr.args, dot);
  }
}

function call(fn: string, args: readonly GoExpr[], dot: Lookup): Lookup {
  switch (fn) {
    case "not":
      return !isTruthy(evaluate(args[0]!, dot));
    case "and": {
      let last: Lookup = NOT_FOUND;
      for (const arg of args) if (!isTruthy((last = evaluate(arg, dot)))) return last;
      return last;
    }
    case "or": {
      let last: Lookup = NOT_FOUND;
      for (const arg of args) if (isTruthy((last = evaluate(arg, dot)))) return last;
      return last;
    }
    case "len":
      return length(evaluate(args[0]!, dot));
    case "eq": {
      const first = evaluate(args[0]!, dot);
      return args.slice(1).some((arg) => equal(first, evaluate(arg, dot)));
    }
    case "ne":
      return !equal(evaluate(args[0]!, dot), evaluate(args[1]!, dot));
    default:
      throw new GoEvalError(`unknown function \`${fn}\``);
  }
}

/** Go's len: bytes of a string (UTF-8), elements of a list, keys of a map. */
function length(value: Lookup): number {
  if (typeof value === "string") return new TextEncoder().encode(value).length;
  if (Array.isArray(value)) return value.length;
  if (isRecord(value)) return Object.keys(value).length;
  throw new GoEvalError(`len of ${describe(value)} is not defined`);
}

function equal(a: Lookup, b: Lookup): boolean {
  const basic = (v: Lookup) => typeof v === "string" || typeof v === "number" || typeof v === "boolean" || v === null;
  if (a === NOT_FOUND || b === NOT_FOUND) return false;
  if (!basic(a) || !basic(b)) throw new GoEvalError(`eq and ne compare only strings, numbers and booleans, not ${describe(basic(a) ? b : a)}`);
  if (a !== null && b !== null && typeof a !== typeof b) throw new GoEvalError(`incompatible types for comparison: ${typeof a} and ${typeof b}`);
  return a === b;
}

function describe(value: Lookup): string {
  if (value === NOT_FOUND) return "a missing value";
  if (Array.isArray(value)) return "a list";
  if (isRecord(value)) return "a map";
  return `a ${typeof value}`;
}
