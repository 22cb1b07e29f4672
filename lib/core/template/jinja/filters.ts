import type { Lookup } from "../values";
import { JinjaRuntimeError, checkSize, isDict, refuseLoop, PyFloat, UNDEFINED, floatRepr, isNumber, numeric, pyIterate, pyStr, truthy, typeName } from "./py-values";

type Args = { args: Lookup[]; kwargs: Record<string, Lookup> };
type Filter = (value: Lookup, params: Args) => Lookup;

/** Jinja's filters in the subset, with its argument names, defaults and errors. */
export const FILTERS: Record<string, Filter> = {
  default: defaultFilter,
  d: defaultFilter,
  upper: (value, params) => (arity("upper", params, []), pyStr(value).toUpperCase()),
  lower: (value, params) => (arity("lower", params, []), pyStr(value).toLowerCase()),
  title: (value, params) => (arity("title", params, []), title(pyStr(value))),
  trim: (value, params) => {
    const [chars] = arity("trim", params, ["chars"]);
    return strip(pyStr(value), chars === undefined || chars === null ? null : pyStr(chars));
  },
  join: (value, params) => {
    const [separator, attribute] = arity("join", params, ["d", "attribute"]);
    if (attribute !== undefined) throw new JinjaRuntimeError("join's `attribute` argument is not supported");
    const items = pyIterate(value).map(pyStr);
    const glue = separator === undefined ? "" : pyStr(separator);
    let length = glue.length * Math.max(0, items.length - 1);
    for (const item of items) length += item.length;
    checkSize(length);
    return items.join(glue);
  },
  length: lengthFilter,
  count: lengthFilter,
  replace: (value, params) => {
    const [old, replacement, count] = arity("replace", params, ["old", "new", "count"], 2);
    const limit = count === undefined || count === null ? -1 : integer(count, "count");
    return replace(pyStr(value), pyStr(old), pyStr(replacement), limit);
  },
  tojson: (value, params) => {
    const [indent] = arity("tojson", params, ["indent"]);
    return htmlSafe(toJson(value, indent === undefined || indent === null ? null : integer(indent, "indent")));
  },
  indent: (value, params) => {
    const [width, first, blank] = arity("indent", params, ["width", "first", "blank"]);
    if (value === UNDEFINED) throw new JinjaRuntimeError("an undefined value cannot be indented");
    if (typeof value !== "string") throw new JinjaRuntimeError(`unsupported operand type(s) for +=: '${typeName(value)}' and 'str'`);
    const spaces = width === undefined || typeof width === "string" ? 4 : integer(width, "width");
    if (spaces > 10_000) throw new JinjaRuntimeError(`an indent of ${spaces} spaces is too wide`);
    const indention = typeof width === "string" ? width : " ".repeat(Math.max(0, spaces));
    return indent(value, indention, truthy(first ?? false), truthy(blank ?? false));
  },
};

function defaultFilter(value: Lookup, params: Args): Lookup {
  const [fallback, boolean] = arity("default", params, ["default_value", "boolean"]);
  const useFallback = value === UNDEFINED || (boolean !== undefined && truthy(boolean) && !truthy(value));
  return useFallback ? (fallback === undefined ? "" : fallback) : value;
}

function lengthFilter(value: Lookup, params: Args): Lookup {
  arity("length", params, []);
  if (value === UNDEFINED) return 0;
  refuseLoop(value);
  if (typeof value === "string") return [...value].length;
  if (Array.isArray(value)) return value.length;
  if (isDict(value)) return Object.keys(value).length;
  throw new JinjaRuntimeError(`object of type '${typeName(value)}' has no len()`);
}

/** Positional and keyword arguments matched to a Python signature; `undefined` where not given. */
function arity(filter: string, { args, kwargs }: Args, names: string[], required = 0): Lookup[] {
  if (args.length > names.length) throw new JinjaRuntimeError(`${filter}() takes at most ${names.length} argument${names.length === 1 ? "" : "s"} (${args.length} given)`);
  const values: Lookup[] = names.map((_, i) => args[i]);
  for (const [key, value] of Object.entries(kwargs)) {
    const index = names.indexOf(key);
    if (index === -1) throw new JinjaRuntimeError(`${filter}() got an unexpected keyword argument '${key}'`);
    if (values[index] !== undefined) throw new JinjaRuntimeError(`${filter}() got multiple values for argument '${key}'`);
    values[index] = value;
  }
  for (let i = 0; i < required; i++) if (values[i] === undefined) throw new JinjaRuntimeError(`${filter}() missing required argument '${names[i]}'`);
  return values;
}

function integer(value: Lookup, name: string): number {
  if (typeof value === "number" && Number.isInteger(value)) return value;
  if (typeof value === "boolean") return Number(value);
  throw new JinjaRuntimeError(`\`${name}\` must be an integer, not ${typeName(value)}`);
}

// Jinja's title(): a word starts after a dash, whitespace or an opening bracket.
const WORD_BEGINNING = /([-\s({[<]+)/u;

function title(text: string): string {
  return text
    .split(WORD_BEGINNING)
    .filter(Boolean)
    .map((item) => {
      const [first = "", ...rest] = [...item];
      return first.toUpperCase() + rest.join("").toLowerCase();
    })
    .join("");
}

function strip(text: string, chars: string | null): string {
  if (chars === null) return text.replace(/^\s+|\s+$/gu, "");
  const set = new Set(chars);
  const points = [...text];
  let start = 0;
  let end = points.length;
  while (start < end && set.has(points[start]!)) start++;
  while (end > start && set.has(points[end - 1]!)) end--;
  return points.slice(start, end).join("");
}

/** Python's `str.replace(old, new, count)`, where an empty `old` matches between characters. */
function replace(text: string, old: string, replacement: string, count: number): string {
  const limit = count < 0 ? Infinity : count;
  const matches = old === "" ? [...text].length + 1 : text.split(old).length - 1;
  checkSize(text.length + Math.min(matches, limit) * Math.max(0, replacement.length - old.length));
  if (old === "") {
    const points = [...text];
    let out = "";
    let done = 0;
    for (let i = 0; i <= points.length; i++) {
      if (done < limit) {
        out += replacement;
        done++;
      }
      if (i < points.length) out += points[i];
    }
    return out;
  }
  const pieces = text.split(old);
  if (pieces.length - 1 <= limit) return pieces.join(replacement);
  return pieces.slice(0, limit + 1).join(replacement) + old + pieces.slice(limit + 1).join(old);
}

// Python's str.splitlines() boundaries.
const LINE_BREAK = /\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]/;

function splitLines(text: string): string[] {
  const lines = text.split(LINE_BREAK);
  if (lines.length > 1 && lines[lines.length - 1] === "") lines.pop();
  if (text === "") return [];
  return lines;
}

/** Jinja 3.1's do_indent, quirks included (it appends a newline before splitting lines). */
function indent(text: string, indention: string, first: boolean, blank: boolean): string {
  const lines = splitLines(text + "\n");
  checkSize(text.length + (lines.length + 1) * indention.length);
  let out: string;
  if (blank) {
    out = lines.join("\n" + indention);
  } else {
    out = lines.shift() ?? "";
    if (lines.length) out += "\n" + lines.map((line) => (line ? indention + line : line)).join("\n");
  }
  return first ? indention + out : out;
}

/** `json.dumps(value, sort_keys=True)` with Python's ensure_ascii escaping and separators. */
function toJson(value: Lookup, indentWidth: number | null): string {
  if (indentWidth !== null && indentWidth > 10_000) throw new JinjaRuntimeError(`an indent of ${indentWidth} spaces is too wide`);
  const pad = indentWidth === null ? null : " ".repeat(Math.max(0, indentWidth));
  let length = 0;
  const write = (item: Lookup, depth: number): string => {
    checkSize((length += pad === null ? 2 : 2 + pad.length * depth));
    if (depth > 1000) throw new JinjaRuntimeError("the value is nested too deeply for tojson");
    if (item === UNDEFINED) throw new JinjaRuntimeError("Object of type Undefined is not JSON serializable");
    if (item === null || item === undefined) return "null";
    if (typeof item === "boolean") return item ? "true" : "false";
    if (isNumber(item)) {
      const n = numeric(item);
      if (Number.isNaN(n)) return "NaN";
      if (!Number.isFinite(n)) return n > 0 ? "Infinity" : "-Infinity";
      return item instanceof PyFloat || !Number.isInteger(n) ? floatRepr(n) : pyStr(n);
    }
    if (typeof item === "string") {
      checkSize((length += item.length));
      return jsonString(item);
    }
    const open = (items: string[], start: string, end: string) => {
      if (items.length === 0) return start + end;
      if (pad === null) return start + items.join(", ") + end;
      const inner = "\n" + pad.repeat(depth + 1);
      return start + inner + items.join("," + inner) + "\n" + pad.repeat(depth) + end;
    };
    if (Array.isArray(item)) return open(item.map((element) => write(element, depth + 1)), "[", "]");
    if (isDict(item)) {
      const keys = Object.keys(item).sort();
      return open(keys.map((key) => `${jsonString(key)}: ${write(item[key], depth + 1)}`), "{", "}");
    }
    throw new JinjaRuntimeError(`Object of type ${typeName(item)} is not JSON serializable`);
  };
  return write(value, 0);
}


function jsonString(text: string): string {
  let out = '"';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const char = text[i]!;
    if (char === '"') out += '\\"';
    else if (char === "\\") out += "\\\\";
    else if (char === "\n") out += "\\n";
    else if (char === "\r") out += "\\r";
    else if (char === "\t") out += "\\t";
    else if (char === "\b") out += "\\b";
    else if (char === "\f") out += "\\f";
    else if (code < 0x20 || code > 0x7e) out += `\\u${code.toString(16).padStart(4, "0")}`;
    else out += char;
  }
  return out + '"';
}

/** Jinja's htmlsafe_json_dumps: `<`, `>`, `&` and `'` as \u escapes. */
function htmlSafe(json: string): string {
  return json.replace(/[<>&']/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
