import { parseTemplate, type ParsedTemplate } from "../parse";
import type { Tagged } from "../ast";
import { lineOf, rangeOf, rawOf } from "../positions";
import { RenderState } from "../render-state";
import type { RenderOptions, RenderResult, Severity } from "../types";
import { escapeHtml, type Lookup } from "../values";
import type { JinjaBlockNode, JinjaExpr, JinjaIncludeNode, JinjaNode, JinjaOutputNode } from "./ast";
import { LoopContext, describeExpr, evaluate, type EvalContext } from "./evaluate";
import { DEFAULTS, LimitReached, RenderLimits } from "./limits";
import { JinjaRuntimeError, UNDEFINED, pyIterate, pyStr, truthy } from "./py-values";
import { Scope } from "./scope";
import { blocksOf, undeclaredNames, valuePath } from "./tree";

// Blocks nested through includes: each template stops at 1,000 levels, this stops the sum.
const MAX_RENDER_DEPTH = 2000;
const FAILED: unique symbol = Symbol("failed");

/** Renders a parsed Jinja template: the same result contract as the other dialects. */
export function renderJinja(parsed: ParsedTemplate, values: Record<string, unknown>, options: RenderOptions): RenderResult {
  const nodes = parsed.nodes as JinjaNode[];
  const maxOutput = options.maxOutputChars ?? DEFAULTS.maxOutputChars;
  // A document without tags (most prompts) is its own output.
  if (parsed.problems.length === 0 && nodes.length <= 1 && (nodes.length === 0 || (nodes[0]!.type === "text" && nodes[0]!.text.length <= maxOutput))) {
    return { ok: true, text: nodes.length ? (nodes[0] as { text: string }).text : "", missing: [], problems: [], segments: [] };
  }
  const renderer = new JinjaRenderer(values, options);
  for (const problem of parsed.problems) renderer.state.problem(problem);
  try {
    renderer.template(nodes);
  } catch (error) {
    if (!(error instanceof LimitReached)) throw error;
  }
  const { state } = renderer;
  const { limit } = renderer.limits;
  let hasErrors = false;
  for (const problem of state.problems) if (problem.severity === "error") hasErrors = true;
  const refused = options.strict === true && (state.missing.length > 0 || hasErrors);
  return {
    ok: !refused && !hasErrors && !limit,
    ...(limit ? { limit } : {}),
    text: refused ? "" : state.out.join(""),
    missing: state.missing,
    problems: state.problems,
    segments: refused ? [] : state.segments,
  };
}

type BlockChains = Map<string, JinjaBlockNode[]>;

class JinjaRenderer implements EvalContext {
  readonly state: RenderState;
  readonly limits: RenderLimits;
  readonly faithful: boolean;
  private readonly scope: Scope;
  private blocks: BlockChains = new Map();
  private readonly blockStack: { chain: JinjaBlockNode[]; index: number }[] = [];
  // Created on first use: most documents include nothing and have no problems.
  private parsed: Map<string, ParsedTemplate | null> | null = null;
  private reported: Set<string> | null = null;
  private depth = 0;
  /** Above 0 after a child's `{% extends %}`: text, output and blocks print nothing. */
  private silent = 0;
  private loops = 0;
  /** Templates whose blocks are in `blocks` already: a parent's join at the tag, once. */
  private registered = new Set<readonly JinjaNode[]>();

  constructor(
    values: Record<string, unknown>,
    private readonly options: RenderOptions,
  ) {
    this.state = new RenderState(options);
    this.scope = new Scope(values);
    this.faithful = options.missing === "empty";
    this.limits = new RenderLimits(options, this.state);
  }

  lookup(name: string): Lookup {
    return this.scope.lookup(name);
  }

  /** A whole template: its blocks join the chains, and an `{% extends %}` hands over to the parent. */
  template(nodes: JinjaNode[]) {
    for (const name of undeclaredNames(nodes)) this.scope.declare(name);
    this.register(nodes);
    let at = 0;
    while (at < nodes.length && nodes[at]!.type !== "extends") at++;
    if (at === nodes.length) return this.nodes(nodes);
    // As in Jinja: output before `extends` is kept, after it only assignments run.
    const parent = nodes[at] as JinjaIncludeNode;
    this.nodes(nodes.slice(0, at));
    if (!this.faithful && !this.load(parent.name)) {
      // A lenient preview without the parent shows the tag and the child's own blocks in place.
      this.include(parent);
      return this.nodes(nodes.slice(at + 1));
    }
    // The rest still runs (conditions, loops, sets, includes, and their errors), printing nothing
    // of its own: Jinja guards only text, `{{ }}` and blocks with "no parent yet".
    // Jinja adds the parent's blocks at the tag, so super() works before the parent renders.
    const found = this.load(parent.name);
    if (found) this.register(found.nodes as JinjaNode[]);
    this.silent++;
    for (let i = at + 1; i < nodes.length; i++) this.node(nodes[i]!);
    this.silent--;
    this.include(parent);
  }

  private nodes(nodes: readonly JinjaNode[]) {
    if (++this.depth > MAX_RENDER_DEPTH) this.limits.stop("depth", `Blocks and includes are nested deeper than ${MAX_RENDER_DEPTH} levels`);
    for (const node of nodes) this.node(node);
    this.depth--;
  }

  private node(node: JinjaNode) {
    this.limits.tick();
    switch (node.type) {
      case "text":
        return this.silent ? undefined : this.write(node.text);
      case "invalid":
        return this.silent ? undefined : this.write(rawOf(node));
      case "output":
        return this.silent ? undefined : this.output(node);
      case "if":
        for (const branch of node.branches) {
          if (branch.cond === null || truthy(this.guarded(branch.cond, node))) return this.nodes(branch.children);
        }
        return;
      case "for": {
        const items = this.items(node.iter, node);
        if (items.length === 0) return this.nodes(node.elseChildren);
        // Each iteration has its own assignments, as in Jinja: a `set` does not reach the next one.
        this.loops++;
        for (let index = 0; index < items.length; index++) {
          this.scope.push();
          this.scope.set(node.target, items[index]);
          this.scope.set("loop", new LoopContext(index, items.length));
          for (const name of undeclaredNames(node.children, [node.target, "loop"])) this.scope.declare(name);
          this.nodes(node.children);
          this.scope.pop();
        }
        this.loops--;
        return;
      }
      case "set": {
        const value = this.guarded(node.expr, node);
        if (value !== FAILED) this.scope.set(node.name, value);
        return;
      }
      case "include": {
        // An include prints even after `extends`, as in Jinja.
        const silent = this.silent;
        this.silent = 0;
        this.include(node);
        this.silent = silent;
        return;
      }
      case "extends":
        return this.include(node);
      case "block": {
        // After `extends`, Jinja skips blocks outside loops; one inside a loop prints in place.
        if (this.silent && this.loops === 0) return;
        const silent = this.silent;
        this.silent = 0;
        this.block(this.blocks.get(node.name) ?? [node], 0);
        this.silent = silent;
        return;
      }
    }
  }

  /** Adds a template's blocks to the chains, behind those of the templates that extend it. */
  private register(nodes: readonly JinjaNode[]) {
    if (this.registered.has(nodes)) return;
    this.registered.add(nodes);
    for (const block of blocksOf(nodes)) {
      const chain = this.blocks.get(block.name);
      if (chain) chain.push(block);
      else this.blocks.set(block.name, [block]);
    }
  }

  private output(node: JinjaOutputNode) {
    const path = valuePath(node.expr);
    let value: Lookup | typeof FAILED = FAILED;
    if (path) {
      const found = this.pathValue(path);
      if (found === UNDEFINED) {
        const name = describeExpr(path);
        // Lenient renders keep the tag as written; `missing: "empty"` prints what Jinja prints.
        if (!this.faithful) {
          this.limits.reserve(node.end - node.start);
          return this.state.writeMissing(name, node);
        }
        this.state.missing.push({ name, range: rangeOf(node) });
      } else if (path === node.expr && found !== FAILED) {
        value = found; // a plain `{{ user.name }}`: no need to evaluate it twice
      }
    }
    if (value === FAILED) value = this.guarded(node.expr, node);
    if (value === FAILED) return;
    let text: string;
    try {
      text = typeof value === "string" ? value : pyStr(value);
    } catch (error) {
      return this.report(node, error);
    }
    const shown = this.options.escape === "html" ? escapeHtml(text) : text;
    this.limits.reserve(shown.length);
    if (this.options.trackSegments) this.state.writeValue(shown, path ? describeExpr(path) : rawOf(node));
    else this.state.write(shown);
  }

  /** A path's value where a missing step is just undefined, to tell a missing variable from an error. */
  private pathValue(path: JinjaExpr): Lookup | typeof FAILED {
    try {
      return evaluate(path, this.lenient);
    } catch {
      return FAILED; // not missing: evaluating the whole expression reports the error
    }
  }

  private readonly lenient: EvalContext = new LenientView(this);

  private items(expr: JinjaExpr, node: Tagged): readonly unknown[] {
    const value = this.guarded(expr, node);
    if (value === FAILED) return [];
    try {
      return pyIterate(value);
    } catch (error) {
      this.report(node, error);
      return [];
    }
  }

  private block(chain: JinjaBlockNode[], index: number) {
    this.blockStack.push({ chain, index });
    this.scope.push();
    for (const name of undeclaredNames(chain[index]!.children)) this.scope.declare(name);
    this.nodes(chain[index]!.children);
    this.scope.pop();
    this.blockStack.pop();
  }

  renderSuper(): string {
    const current = this.blockStack[this.blockStack.length - 1];
    if (!current) throw new JinjaRuntimeError("`super()` is only available inside a block");
    if (current.index + 1 >= current.chain.length) throw new JinjaRuntimeError(`the block "${current.chain[0]!.name}" has no parent block for super()`);
    const out = this.state.out;
    const mark = { out: out.length, length: this.state.length, segments: this.state.segments.length };
    this.block(current.chain, current.index + 1);
    const text = out.splice(mark.out).join("");
    this.state.length = mark.length;
    this.state.segments.length = mark.segments;
    return text;
  }

  private include(node: JinjaIncludeNode) {
    const chain = this.state.includeChain;
    this.limits.enter(node.name, node);
    const child = this.load(node.name);
    if (!child) {
      if (node.ignoreMissing) return;
      // Jinja refuses a missing template; a lenient preview shows the tag and carries on.
      const severity = this.options.strict || this.faithful ? "error" : "warning";
      const raw = rawOf(node);
      this.once(`\`${raw}\` ${node.type === "extends" ? "extends" : "includes"} "${node.name}", which was not found`, "include-not-found", node, severity);
      if (!this.faithful) this.write(raw);
      return;
    }
    this.limits.expand(node.name, node);
    for (const problem of child.problems) this.once(`In "${node.name}": ${problem.message}`, problem.code, node, problem.severity);
    chain.push(node.name);
    if (node.type === "extends") {
      this.template(child.nodes as JinjaNode[]);
    } else {
      // An included template has its own blocks, and its assignments stay inside it.
      const { blocks, registered, loops } = this;
      this.blocks = new Map();
      this.registered = new Set();
      this.loops = 0;
      this.scope.push();
      this.scope.set("loop", UNDEFINED); // Jinja does not pass `loop` into an include
      this.scope.revealUndeclared(); // nor names declared but not yet set: it sees the data's
      this.template(child.nodes as JinjaNode[]);
      this.scope.pop();
      this.blocks = blocks;
      this.registered = registered;
      this.loops = loops;
    }
    chain.pop();
  }

  private load(name: string): ParsedTemplate | null {
    this.parsed ??= new Map();
    if (!this.parsed.has(name)) {
      const source = this.options.resolveInclude?.(name);
      this.parsed.set(name, typeof source === "string" ? parseTemplate(source, { dialect: "jinja" }) : null);
    }
    return this.parsed.get(name) ?? null;
  }

  private guarded(expr: JinjaExpr, node: Tagged): Lookup | typeof FAILED {
    try {
      return evaluate(expr, this);
    } catch (error) {
      this.report(node, error);
      return FAILED;
    }
  }

  private report(node: Tagged, error: unknown) {
    // A value too long for a string (a huge join or repr) is the output limit, not a crash.
    if (error instanceof RangeError) this.limits.stop("output", `\`${rawOf(node)}\` on line ${lineOf(node)} builds a value too large to render`, node);
    if (!(error instanceof JinjaRuntimeError)) throw error;
    this.once(`\`${rawOf(node)}\` on line ${lineOf(node)}: ${error.message}`, "jinja-eval", node, "error");
  }

  private once(message: string, code: string, tag: Tagged, severity: Severity) {
    const key = `${tag.start}\u0000${message}`;
    this.reported ??= new Set();
    if (this.reported.has(key)) return;
    this.reported.add(key);
    this.state.problem({ code, severity, message, range: rangeOf(tag) });
  }

  private write(text: string) {
    this.limits.reserve(text.length);
    this.state.write(text);
  }
}

/** The renderer's variables, read the lenient way: a step through a missing value is just missing. */
class LenientView implements EvalContext {
  readonly faithful = false;
  constructor(private readonly context: EvalContext) {}
  lookup(name: string): Lookup {
    return this.context.lookup(name);
  }
  renderSuper(): string {
    return "";
  }
}
