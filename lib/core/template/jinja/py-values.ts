import { NOT_FOUND, isRecord, type Lookup } from "../values";

/**
 * Python's view of JSON-shaped values, as Jinja prints and compares them. JavaScript has one
 * number type: whole numbers from the data are Python ints, a float literal in the template is
 * a PyFloat so that `{{ 1.0 }}` prints "1.0" as Jinja does.
 */
export class PyFloat {
  constructor(readonly value: number) {}
}

/** A Python TypeError or Jinja UndefinedError: reported as a problem at the tag. */
export class JinjaRuntimeError extends Error {
  constructor(message: string) {
    // A loop can fail on every item: skip the stack trace nobody reads.
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    super(message);
    Error.stackTraceLimit = limit;
  }
}

export const UNDEFINED = NOT_FOUND;

/**
 * The longest string one value may build (a join, a repr, a replace): above the default output
 * cap, so the cap is what users meet, yet low enough that nothing allocates hundreds of MB first.
 */
export const MAX_VALUE_CHARS = 20_000_000;

/** A value that would pass MAX_VALUE_CHARS; the renderer turns it into the output limit. */
export class ValueTooLarge extends RangeError {}

export function checkSize(length: number) {
  if (length > MAX_VALUE_CHARS) throw new ValueTooLarge(`a value longer than ${MAX_VALUE_CHARS.toLocaleString("en")} characters`);
}

/** A Python dict: a plain object from the data, not one of the engine's own values. */
export function isDict(value: Lookup): value is Record<string, unknown> {
  if (!isRecord(value)) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}

export function isNumber(value: Lookup): value is number | boolean | PyFloat {
  return typeof value === "number" || typeof value === "boolean" || value instanceof PyFloat;
}

export function numeric(value: number | boolean | PyFloat): number {
  return value instanceof PyFloat ? value.value : Number(value);
}

export function typeName(value: Lookup): string {
  if (value === UNDEFINED) return "Undefined";
  if (value === null || value === undefined) return "NoneType";
  if (typeof value === "string") return "str";
  if (typeof value === "boolean") return "bool";
  if (value instanceof PyFloat) return "float";
  if (typeof value === "number") return Number.isInteger(value) ? "int" : "float";
  if (Array.isArray(value)) return "list";
  if (isDict(value)) return "dict";
  // The engine's own objects: `loop` is Jinja's LoopContext.
  return typeof value === "object" ? (value.constructor?.name ?? "object") : typeof value;
}

export function truthy(value: Lookup): boolean {
  if (value === UNDEFINED || value === null || value === undefined || value === false || value === "" || value === 0) return false;
  if (value instanceof PyFloat) return value.value !== 0;
  if (Array.isArray(value)) return value.length > 0;
  if (isDict(value)) return Object.keys(value).length > 0;
  return true;
}

/** Python's `repr(float)`: shortest round-trip digits, exponent form below 1e-4 and from 1e16. */
export function floatRepr(n: number): string {
  if (Number.isNaN(n)) return "nan";
  if (!Number.isFinite(n)) return n > 0 ? "inf" : "-inf";
  if (n === 0) return Object.is(n, -0) ? "-0.0" : "0.0";
  const [mantissa, exponentText] = n.toExponential().split("e") as [string, string];
  const exponent = Number(exponentText);
  if (exponent < -4 || exponent >= 16) return `${mantissa}e${exponent < 0 ? "-" : "+"}${String(Math.abs(exponent)).padStart(2, "0")}`;
  const fixed = String(n);
  return fixed.includes(".") ? fixed : `${fixed}.0`;
}

function numberStr(n: number): string {
  if (!Number.isInteger(n)) return floatRepr(n);
  return Math.abs(n) < 1e21 ? String(n) : BigInt(n).toString();
}

/** Python's `str(value)`, which is what `{{ value }}` prints; undefined prints nothing. */
export function pyStr(value: Lookup): string {
  if (value === UNDEFINED) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") return numberStr(value);
  return pyRepr(value);
}

class TextPart {
  constructor(readonly text: string) {}
}

/**
 * Python's `repr`, which lists and dicts use for their items. Nested structures are printed
 * with an explicit stack, so a deep value cannot exhaust the call stack.
 */
export function pyRepr(value: Lookup): string {
  const parts: string[] = [];
  const stack: Lookup[] = [value];
  let length = 0;
  while (stack.length) {
    const item = stack.pop();
    if (item instanceof TextPart) parts.push(item.text);
    else if (Array.isArray(item)) {
      stack.push(new TextPart("]"));
      for (let i = item.length - 1; i >= 0; i--) {
        stack.push(item[i]);
        if (i > 0) stack.push(new TextPart(", "));
      }
      stack.push(new TextPart("["));
    } else if (isDict(item)) {
      const keys = Object.keys(item);
      stack.push(new TextPart("}"));
      for (let i = keys.length - 1; i >= 0; i--) {
        stack.push(item[keys[i]!]);
        stack.push(new TextPart(`${stringRepr(keys[i]!)}: `));
        if (i > 0) stack.push(new TextPart(", "));
      }
      stack.push(new TextPart("{"));
    } else parts.push(scalarRepr(item as Lookup));
    checkSize((length += parts[parts.length - 1]?.length ?? 0) + stack.length);
  }
  return parts.join("");
}

function scalarRepr(value: Lookup): string {
  if (value === UNDEFINED) return "Undefined";
  if (value === null || value === undefined) return "None";
  if (value === true) return "True";
  if (value === false) return "False";
  if (value instanceof PyFloat) return floatRepr(value.value);
  if (typeof value === "number") return numberStr(value);
  if (typeof value === "string") return stringRepr(value);
  // The engine's own objects (a loop, super()'s text) print as Jinja prints them.
  return String(value);
}

// Printable ASCII but for the quote and the backslash: repr only wraps it in quotes.
const PLAIN = /^[\x20-\x26\x28-\x5b\x5d-\x7e]*$/;
// Python's non-printable characters: "Other" and "Separator" categories, except the space.
const NON_PRINTABLE = /[\p{C}\p{Z}]/u;

/** Python's `repr(str)`: single quotes unless the text holds one and no double quote. */
export function stringRepr(text: string): string {
  if (PLAIN.test(text)) return `'${text}'`;
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  let out = quote;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (char === quote || char === "\\") out += `\\${char}`;
    else if (char === "\n") out += "\\n";
    else if (char === "\r") out += "\\r";
    else if (char === "\t") out += "\\t";
    else if (char !== " " && (code < 0x20 || code === 0x7f || NON_PRINTABLE.test(char))) {
      out += code < 0x100 ? `\\x${hex(code, 2)}` : code < 0x10000 ? `\\u${hex(code, 4)}` : `\\U${hex(code, 8)}`;
    } else out += char;
  }
  return out + quote;
}

const hex = (code: number, width: number) => code.toString(16).padStart(width, "0");

/** Python's `==`: numbers by value (True is 1), lists and dicts item by item. */
export function pyEqual(a: Lookup, b: Lookup): boolean {
  const pending: [Lookup, Lookup][] = [[a, b]];
  while (pending.length) {
    const [x, y] = pending.pop()!;
    if (x === UNDEFINED || y === UNDEFINED) {
      if (x !== y) return false;
    } else if (isNumber(x) || isNumber(y)) {
      if (!isNumber(x) || !isNumber(y) || numeric(x) !== numeric(y)) return false;
    } else if (x === null || x === undefined || y === null || y === undefined) {
      if ((x ?? null) !== (y ?? null)) return false;
    } else if (Array.isArray(x) || Array.isArray(y)) {
      if (!Array.isArray(x) || !Array.isArray(y) || x.length !== y.length) return false;
      for (let i = 0; i < x.length; i++) pending.push([x[i], y[i]]);
    } else if (isDict(x) && isDict(y)) {
      const keys = Object.keys(x);
      if (keys.length !== Object.keys(y).length) return false;
      for (const key of keys) {
        if (!Object.prototype.hasOwnProperty.call(y, key)) return false;
        pending.push([x[key], y[key]]);
      }
    } else if (x !== y) return false;
  }
  return true;
}

/** Python's ordering (`<`): numbers with numbers, strings by code point, lists item by item. */
export function pyLess(a: Lookup, b: Lookup, op: string): boolean {
  if (isNumber(a) && isNumber(b)) return numeric(a) < numeric(b);
  if (typeof a === "string" && typeof b === "string") return compareCodePoints(a, b) < 0;
  if (Array.isArray(a) && Array.isArray(b)) {
    const length = Math.min(a.length, b.length);
    for (let i = 0; i < length; i++) if (!pyEqual(a[i], b[i])) return pyLess(a[i], b[i], op);
    return a.length < b.length;
  }
  throw new JinjaRuntimeError(`'${op}' not supported between instances of '${typeName(a)}' and '${typeName(b)}'`);
}

function compareCodePoints(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a.codePointAt(i)!;
    const y = b.codePointAt(i)!;
    if (x !== y) return x - y;
    if (x > 0xffff) i++;
  }
  return a.length - b.length;
}

/** Python's `in`: a substring, a list item, or a dict key. */
export function pyContains(container: Lookup, item: Lookup): boolean {
  if (container === UNDEFINED) return false;
  refuseLoop(container);
  if (typeof container === "string") {
    if (typeof item !== "string") throw new JinjaRuntimeError(`'in <string>' requires string as left operand, not ${typeName(item)}`);
    return container.includes(item);
  }
  if (Array.isArray(container)) return container.some((element) => pyEqual(element, item));
  if (isDict(container)) {
    if (Array.isArray(item) || isDict(item)) throw new JinjaRuntimeError(`unhashable type: '${typeName(item)}'`);
    return typeof item === "string" && Object.prototype.hasOwnProperty.call(container, item);
  }
  throw new JinjaRuntimeError(`argument of type '${typeName(container)}' is not iterable`);
}

/** What `for` walks: list items, dict keys, string characters; undefined is empty. */
export function pyIterate(value: Lookup): readonly unknown[] {
  if (value === UNDEFINED) return [];
  refuseLoop(value);
  if (Array.isArray(value)) return value;
  if (typeof value === "string") return [...value];
  if (isDict(value)) return Object.keys(value);
  throw new JinjaRuntimeError(`'${typeName(value)}' object is not iterable`);
}

/** `loop` itself (iterated, measured, searched) is outside the subset; its attributes are in. */
export function refuseLoop(value: Lookup) {
  if (typeName(value) === "LoopContext") throw new JinjaRuntimeError("`loop` itself is not supported here; use loop.index, loop.length and the other attributes");
}
