import type { GoExpr } from "../ast";
import { NOT_FOUND, isRecord, property, type Lookup } from "../values";

/** Evaluation problems are reported by the caller at the action's position. */
export class GoEvalError {
  // Not an Error, for the same reason as GoSyntaxError: no stack trace per failing action.
  constructor(readonly message: string) {}
}

/**
 * A Go int: an integer literal or what `len` returns. Data numbers arrive from JSON as float64,
 * so `eq .Count 1` fails in Go ("incompatible types for comparison") and here alike.
 */
export class GoInt {
  constructor(readonly value: number) {}
}

/** Go's truth: false, 0, nil, and empty strings, arrays and maps are false. */
export function isTruthy(value: Lookup): boolean {
  if (value === NOT_FOUND || value === null || value === undefined || value === false || value === 0 || value === "") return false;
  if (value instanceof GoInt) return value.value !== 0;
  if (Array.isArray(value)) return value.length > 0;
  if (isRecord(value)) return Object.keys(value).length > 0;
  return true;
}

export function evaluate(expr: GoExpr, dot: Lookup): Lookup {
  switch (expr.kind) {
    case "dot":
      return dot;
    case "field": {
      // As in Go: a missing key gives no value (and so does any field after it, or a field of
      // no data at all), but a field of a null the data holds, or of a number, string or list,
      // is an error.
      let value = dot;
      for (let i = 0; i < expr.path.length; i++) {
        const key = expr.path[i]!;
        if (value === NOT_FOUND || value === undefined || (value === null && i === 0)) return NOT_FOUND;
        if (value === null) throw new GoEvalError(`nil pointer evaluating interface {}.${key}`);
        if (!isRecord(value) || value instanceof GoInt) throw new GoEvalError(`can't evaluate field ${key} in type ${goType(value)}`);
        value = property(value, key);
      }
      return value;
    }
    case "string":
    case "bool":
      return expr.value;
    case "number":
      return expr.int ? new GoInt(expr.value) : expr.value;
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
    case "eq":
      return equal(args.map((arg) => evaluate(arg, dot)));
    case "ne":
      return !equal([evaluate(args[0]!, dot), evaluate(args[1]!, dot)]);
    default:
      throw new GoEvalError(`unknown function \`${fn}\``);
  }
}

/** Go's len: bytes of a string (UTF-8), elements of a list, keys of a map. */
function length(value: Lookup): GoInt {
  if (value instanceof GoInt) throw new GoEvalError("len of type int");
  if (typeof value === "string") return new GoInt(new TextEncoder().encode(value).length);
  if (Array.isArray(value)) return new GoInt(value.length);
  if (isRecord(value)) return new GoInt(Object.keys(value).length);
  throw new GoEvalError(`len of ${describe(value)} is not defined`);
}

type Kind = "nil" | "int" | "float" | "string" | "bool" | "other";

function kindOf(value: Lookup): Kind {
  if (value === NOT_FOUND || value === null || value === undefined) return "nil";
  if (value instanceof GoInt) return "int";
  if (typeof value === "number") return "float";
  if (typeof value === "string") return "string";
  if (typeof value === "boolean") return "bool";
  return "other";
}

/**
 * Go's `eq arg1 arg2...`: true when arg1 equals any other. Basic values of different kinds
 * (an int literal and a float64 from the data) cannot be compared; lists and maps cannot be
 * compared at all; a missing or null value equals only another one.
 */
function equal([first, ...rest]: Lookup[]): boolean {
  const k1 = kindOf(first);
  if (k1 === "other") throw new GoEvalError("invalid type for comparison");
  if (rest.length === 0) throw new GoEvalError("missing argument for comparison");
  for (const arg of rest) {
    const k2 = kindOf(arg);
    if (k1 !== k2) {
      if (k1 !== "nil" && k2 !== "nil") throw new GoEvalError(`incompatible types for comparison: ${goType(first)} and ${goType(arg)}`);
      continue;
    }
    if (k1 === "nil") return true;
    const a = first instanceof GoInt ? first.value : first;
    const b = arg instanceof GoInt ? arg.value : arg;
    if (a === b) return true;
  }
  return false;
}

function goType(value: Lookup): string {
  if (Array.isArray(value)) return "[]interface {}";
  return { nil: "nil", int: "int", float: "float64", string: "string", bool: "bool", other: "map[string]interface {}" }[kindOf(value)];
}

function describe(value: Lookup): string {
  if (value === NOT_FOUND) return "a missing value";
  if (Array.isArray(value)) return "a list";
  if (isRecord(value)) return "a map";
  if (value instanceof GoInt) return "an int";
  return `a ${typeof value}`;
}
