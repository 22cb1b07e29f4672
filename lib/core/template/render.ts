import type { Tagged } from "./ast";
import { renderGo } from "./go/render";
import { renderJinja } from "./jinja/render";
import { renderMustache } from "./mustache/render";
import type { MustacheTree } from "./mustache/tree";
import { parseTemplate, type ParsedTemplate } from "./parse";
import { rangeOf, rawOf } from "./positions";
import { DEFAULT_MAX_INCLUDE_DEPTH, DEFAULT_MAX_INCLUDE_EXPANSIONS, RenderState } from "./render-state";
import type { Dialect, RenderOptions, RenderResult, Severity } from "./types";

// Shared rather than a fresh `{}` per call: a small document renders in about a microsecond,
// and every object it allocates shows.
const NO_OPTIONS: RenderOptions = Object.freeze({});

/**
 * Renders a template (source or parsed) with values. No HTML escaping unless asked; a missing
 * text variable stays visibly as written (lenient) or refuses the render (strict); includes
 * resolve through `resolveInclude`. The render is bounded: output size, include count and
 * depth, and an optional time budget; hitting one stops it with `limit` set and `ok: false`.
 */
export function render(template: string | ParsedTemplate, values: Record<string, unknown>, options: RenderOptions = NO_OPTIONS): RenderResult {
  const parsed =
    typeof template === "string"
      ? parseTemplate(template, { dialect: options.dialect, ignoreFencedCode: options.ignoreFencedCode })
      : template;
  if (parsed.dialect === "jinja") return renderJinja(parsed, values, options);
  const state = new RenderState(options);
  for (let i = 0; i < parsed.problems.length; i++) state.problem(parsed.problems[i]!);
  const includes = new Includes(parsed.dialect, options, state);
  if (parsed.dialect === "go") renderGo(parsed.go!, values, state, includes);
  else if (parsed.mustache) renderMustache(parsed.mustache, values, state, includes);
  else state.write(parsed.source);

  let hasErrors = false;
  for (let i = 0; i < state.problems.length; i++) if (state.problems[i]!.severity === "error") hasErrors = true;
  const refused = options.strict === true && (state.missing.length > 0 || hasErrors);
  const result: RenderResult = {
    ok: !refused && !hasErrors,
    text: refused ? "" : state.out.length === 1 ? state.out[0]! : state.out.join(""),
    missing: state.missing,
    problems: state.problems,
    segments: refused ? [] : state.segments,
  };
  if (state.stopped) result.limit = state.stopped;
  return result;
}

/** Resolves, parses (once per name and indent) and bounds the includes of one render. */
class Includes {
  // Created on first use: most documents include nothing, and render is on the hot path.
  private parsed: Map<string, ParsedTemplate | null> | null = null;
  private fragments: Map<string, MustacheTree> | null = null;
  private reported: Set<string> | null = null;

  constructor(
    private readonly dialect: Dialect,
    private readonly options: RenderOptions,
    private readonly state: RenderState,
  ) {}

  /** Document `name`, parsed (indented for a standalone partial), or null: refused or not found. */
  enter(name: string, indent: string, tag: Tagged): ParsedTemplate | null {
    if (!this.admit(name, tag)) return null;
    const child = this.load(name, indent);
    if (!child) {
      const strict = this.options.strict === true;
      const raw = rawOf(tag);
      this.once(`\`${raw}\` includes "${name}", which was not found`, "include-not-found", tag, strict ? "error" : "warning");
      if (!strict && this.options.missing !== "empty") this.state.write(raw);
      return null;
    }
    for (const problem of child.problems) this.once(`In "${name}": ${problem.message}`, problem.code, tag, problem.severity);
    this.state.includeChain.push(name);
    return child;
  }

  /** A template defined in the set counts against the bounds like a document, and is left the same way. */
  enterDefined(name: string, tag: Tagged): boolean {
    if (!this.admit(name, tag)) return false;
    this.state.includeChain.push(name);
    return true;
  }

  leave() {
    this.state.includeChain.pop();
  }

  /** Depth (a cycle is reported as one) and the total number of expansions stop the render. */
  private admit(name: string, tag: Tagged): boolean {
    const { state, options } = this;
    const chain = state.includeChain;
    const maxDepth = options.maxIncludeDepth ?? DEFAULT_MAX_INCLUDE_DEPTH;
    if (chain.length >= maxDepth) {
      const loop = chain.lastIndexOf(name);
      const message =
        loop === -1
          ? `Includes are nested deeper than ${maxDepth} levels: ${[...chain, name].join(" → ")}`
          : `Include cycle: ${[...chain.slice(loop), name].join(" → ")}`;
      state.stop("depth", message, tag);
      return false;
    }
    const maxExpansions = options.maxIncludeExpansions ?? DEFAULT_MAX_INCLUDE_EXPANSIONS;
    if (++state.expansions > maxExpansions) {
      state.stop("includes", `More than ${maxExpansions.toLocaleString("en-US")} includes in one render, at ${[...chain, name].join(" → ")}`, tag);
      return false;
    }
    return true;
  }

  private load(name: string, indent: string): ParsedTemplate | null {
    const key = `${indent}\u0000${name}`;
    this.parsed ??= new Map();
    if (!this.parsed.has(key)) {
      const source = this.options.resolveInclude?.(name);
      this.parsed.set(key, typeof source === "string" ? parseTemplate(indentLines(source, indent), { dialect: this.dialect }) : null);
    }
    return this.parsed.get(key) ?? null;
  }

  fragment(text: string): MustacheTree {
    this.fragments ??= new Map();
    let tree = this.fragments.get(text);
    if (!tree) {
      tree = parseTemplate(text, { dialect: "mustache" }).mustache!;
      this.fragments.set(text, tree);
    }
    return tree;
  }

  private once(message: string, code: string, tag: Tagged, severity: Severity = "error") {
    this.reported ??= new Set();
    if (this.reported.has(message)) return;
    this.reported.add(message);
    this.state.problem({ code, severity, message, range: rangeOf(tag) });
  }
}

/** Mustache indents every line of a standalone partial by the tag's own indentation. */
function indentLines(source: string, indent: string): string {
  if (!indent || source === "") return source;
  return indent + source.replace(/\n(?!$)/g, `\n${indent}`);
}
