import type { GoNode, MustacheNode } from "./ast";
import { renderGo } from "./go/render";
import { renderJinja } from "./jinja/render";
import { renderMustache } from "./mustache/render";
import { parseTemplate, type ParsedTemplate } from "./parse";
import { RenderState } from "./render-state";
import type { Dialect, RenderOptions, RenderResult, SourceRange } from "./types";
import { NOT_FOUND, type Lookup } from "./values";

const DEFAULT_MAX_INCLUDE_DEPTH = 10;

/**
 * Renders a template (source or parsed) with values. No HTML escaping unless asked; a missing
 * text variable stays visibly as written (lenient) or refuses the render (strict); includes
 * resolve through `resolveInclude`, at most 10 deep, with cycles reported as their chain.
 */
export function render(template: string | ParsedTemplate, values: Record<string, unknown>, options: RenderOptions = {}): RenderResult {
  const parsed =
    typeof template === "string"
      ? parseTemplate(template, { dialect: options.dialect, ignoreFencedCode: options.ignoreFencedCode })
      : template;
  if (parsed.dialect === "jinja") return renderJinja(parsed, values, options);
  const state = new RenderState(options);
  for (const problem of parsed.problems) state.problem(problem);
  renderParsed(parsed, values, state, new IncludeCache(parsed.dialect, options));

  const hasErrors = state.problems.some((problem) => problem.severity === "error");
  const refused = options.strict === true && (state.missing.length > 0 || hasErrors);
  return {
    ok: !refused && !hasErrors,
    text: refused ? "" : state.out.join(""),
    missing: state.missing,
    problems: state.problems,
    segments: refused ? [] : state.segments,
  };
}

function renderParsed(parsed: ParsedTemplate, data: Lookup, state: RenderState, includes: IncludeCache) {
  if (parsed.dialect === "go") {
    renderGo(parsed.nodes as GoNode[], data, state, (node, dot, s) =>
      includes.render(node.name, "", node.range, node.raw, s, (child) => renderParsed(child, dot, s, includes)),
    );
  } else if (parsed.dialect === "mustache") {
    const stack = data === NOT_FOUND ? [] : [data];
    renderMustacheWith(parsed.nodes as MustacheNode[], stack, state, includes);
  } else {
    state.write(parsed.source);
  }
}

function renderMustacheWith(nodes: MustacheNode[], stack: unknown[], state: RenderState, includes: IncludeCache) {
  renderMustache(nodes, stack, state, (name, indent, context, s, node) =>
    includes.render(name, indent, node.range, node.raw, s, (child) => renderMustacheWith(child.nodes as MustacheNode[], context, s, includes)),
  );
}

/** Resolves, parses (once per name and indent) and guards includes during one render. */
class IncludeCache {
  // Created on first use: most documents include nothing, and render is on the hot path.
  private parsed: Map<string, ParsedTemplate | null> | null = null;
  private reported: Set<string> | null = null;

  constructor(
    private readonly dialect: Dialect,
    private readonly options: RenderOptions,
  ) {}

  render(name: string, indent: string, range: SourceRange, raw: string, state: RenderState, run: (child: ParsedTemplate) => void) {
    const chain = state.includeChain;
    if (chain.length >= (this.options.maxIncludeDepth ?? DEFAULT_MAX_INCLUDE_DEPTH)) {
      const loop = chain.lastIndexOf(name);
      const message =
        loop === -1
          ? `Includes are nested deeper than ${this.options.maxIncludeDepth ?? DEFAULT_MAX_INCLUDE_DEPTH} levels at "${name}"`
          : `Include cycle: ${[...chain.slice(loop), name].join(" → ")}`;
      this.once(state, message, "include-depth", range);
      return;
    }
    const child = this.load(name, indent);
    if (!child) {
      this.once(state, `\`${raw}\` includes "${name}", which was not found`, "include-not-found", range, "warning");
      if (this.options.missing !== "empty") state.write(raw);
      return;
    }
    for (const problem of child.problems) this.once(state, `In "${name}": ${problem.message}`, problem.code, range, problem.severity);
    chain.push(name);
    run(child);
    chain.pop();
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

  private once(state: RenderState, message: string, code: string, range: SourceRange, severity: "error" | "warning" | "info" = "error") {
    this.reported ??= new Set();
    if (this.reported.has(message)) return;
    this.reported.add(message);
    state.problem({ code, severity, message, range });
  }
}

/** Mustache indents every line of a standalone partial by the tag's own indentation. */
function indentLines(source: string, indent: string): string {
  if (!indent) return source;
  return source
    .split(/(?<=\n)/)
    .map((line) => indent + line)
    .join("");
}
