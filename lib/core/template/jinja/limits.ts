import type { Tagged } from "../ast";
import { rangeOf } from "../positions";
import type { RenderState } from "../render-state";
import type { RenderLimitKind, RenderOptions } from "../types";

export const DEFAULTS = { maxIncludeDepth: 10, maxIncludeExpansions: 1000, maxOutputChars: 10_000_000 };
// How many nodes to render between two looks at the clock.
const CLOCK_EVERY = 256;

const clock = () => performance.now();

/** Thrown to unwind a render that met a bound; caught once, in renderJinja. */
export class LimitReached extends Error {}

/**
 * The bounds of one render (output size, include count and depth, time), each reported as a
 * `limit.<kind>` problem naming the include chain before the render stops.
 */
export class RenderLimits {
  limit: { kind: RenderLimitKind; message: string } | undefined;
  private expansions = 0;
  private ticks = 0;
  private readonly now: () => number;
  // Read only when a budget is set: most renders are a few microseconds, a clock read is not free.
  private readonly started: number;

  constructor(
    private readonly options: RenderOptions,
    private readonly state: RenderState,
  ) {
    this.now = options.now ?? clock;
    this.started = options.budgetMs === undefined ? 0 : this.now();
  }

  /** Called for every node; looks at the clock now and then. */
  tick() {
    if (++this.ticks % CLOCK_EVERY !== 0 || this.options.budgetMs === undefined) return;
    if (this.now() - this.started > this.options.budgetMs) this.stop("time", `The render took longer than its ${this.options.budgetMs} ms budget`);
  }

  /** Stops the render before the output would pass its cap. */
  reserve(length: number) {
    const max = this.options.maxOutputChars ?? DEFAULTS.maxOutputChars;
    if (this.state.length + length > max) this.stop("output", `The output is longer than ${max.toLocaleString("en")} characters`);
  }

  /** Before entering `name`: refuses a cycle or a chain deeper than maxIncludeDepth. */
  enter(name: string, tag: Tagged) {
    const chain = this.state.includeChain;
    const max = this.options.maxIncludeDepth ?? DEFAULTS.maxIncludeDepth;
    if (chain.length < max) return;
    const loop = chain.lastIndexOf(name);
    this.stop("depth", loop === -1 ? `Includes are nested deeper than ${max} levels at "${name}"` : `Include cycle: ${[...chain.slice(loop), name].join(" → ")}`, tag);
  }

  /** Counts an expanded include or parent against maxIncludeExpansions. */
  expand(name: string, tag: Tagged) {
    const max = this.options.maxIncludeExpansions ?? DEFAULTS.maxIncludeExpansions;
    if (++this.expansions > max) this.stop("includes", `More than ${max} includes in one render (at "${[...this.state.includeChain, name].join(" → ")}")`, tag);
  }

  stop(kind: RenderLimitKind, message: string, tag?: Tagged): never {
    const chain = this.state.includeChain;
    const where = chain.length && kind !== "depth" ? ` (in ${chain.join(" → ")})` : "";
    this.limit = { kind, message: message + where };
    const at = tag ? rangeOf(tag) : { start: { offset: 0, line: 1, column: 1 }, end: { offset: 0, line: 1, column: 1 } };
    this.state.problem({ code: `limit.${kind}`, severity: "error", message: message + where, range: at });
    throw new LimitReached(message);
  }
}
