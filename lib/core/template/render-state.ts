import type { Tagged } from "./ast";
import { rangeOf, rawOf } from "./positions";
import type { MissingVariable, RenderLimitKind, RenderOptions, RenderSegment, SourceRange, TemplateProblem } from "./types";

export const DEFAULT_MAX_OUTPUT_CHARS = 10_000_000;
export const DEFAULT_MAX_INCLUDE_EXPANSIONS = 1_000;
export const DEFAULT_MAX_INCLUDE_DEPTH = 10;
// Reading the clock costs more than a render step: look at it once every this many steps.
const STEPS_PER_CLOCK_CHECK = 2048;

const defaultNow = () => performance.now();
const DOCUMENT_START: SourceRange = { start: { offset: 0, line: 1, column: 1 }, end: { offset: 0, line: 1, column: 1 } };

/**
 * What one render accumulates; shared by both dialects and by the documents they include.
 * It also enforces the render's bounds: once one is hit, `stopped` is set and every later
 * write is ignored, so the renderers only need to check `stopped` in their loops.
 */
export class RenderState {
  readonly out: string[] = [];
  length = 0;
  readonly missing: MissingVariable[] = [];
  readonly problems: TemplateProblem[] = [];
  readonly segments: RenderSegment[] = [];
  /** Names of the documents being included, outermost first, for depth and cycle checks. */
  readonly includeChain: string[] = [];
  /** Includes expanded so far in this render (every one counts, not only the nested ones). */
  expansions = 0;
  stopped: { kind: RenderLimitKind; message: string } | null = null;

  readonly maxOutput: number;
  private readonly deadline: number;
  private readonly now: () => number;
  private steps = 0;
  /** The tag being rendered, for the range of a limit problem (computed only if one happens). */
  at: Tagged | null = null;

  constructor(readonly options: RenderOptions) {
    this.maxOutput = options.maxOutputChars ?? DEFAULT_MAX_OUTPUT_CHARS;
    this.now = options.now ?? defaultNow;
    this.deadline = options.budgetMs === undefined ? Infinity : this.now() + options.budgetMs;
  }

  /** One unit of render work; every few thousand, the time budget is checked. */
  step(): boolean {
    if (this.stopped) return false;
    if (++this.steps % STEPS_PER_CLOCK_CHECK === 0 && this.deadline !== Infinity && this.now() > this.deadline) {
      this.stop("time", `The render took longer than its ${this.options.budgetMs} ms budget${this.chainText()}`);
      return false;
    }
    return true;
  }

  write(text: string) {
    if (text === "" || this.stopped) return;
    if (this.length + text.length > this.maxOutput) {
      const room = this.maxOutput - this.length;
      if (room > 0) this.out.push(text.slice(0, room));
      this.length = this.maxOutput;
      this.stop("output", `The output passed ${this.maxOutput.toLocaleString("en-US")} characters${this.chainText()}`);
      return;
    }
    this.out.push(text);
    this.length += text.length;
  }

  /** A substituted value, remembered as a segment when the caller asked for them. */
  writeValue(text: string, variable: string) {
    if (this.options.trackSegments && !this.stopped) this.segments.push({ start: this.length, end: Math.min(this.maxOutput, this.length + text.length), variable, missing: false });
    this.write(text);
  }

  /** A missing text variable: left as written (default) or dropped, and always reported. */
  writeMissing(name: string, tag: Tagged) {
    if (this.stopped) return;
    this.missing.push({ name, range: rangeOf(tag) });
    if (this.options.missing === "empty") return;
    const raw = rawOf(tag);
    if (this.options.trackSegments) this.segments.push({ start: this.length, end: Math.min(this.maxOutput, this.length + raw.length), variable: name, missing: true });
    this.write(raw);
  }

  problem(problem: TemplateProblem) {
    this.problems.push(problem);
  }

  /** Stops the render: one problem with code `limit.<kind>`, and nothing more is written. */
  stop(kind: RenderLimitKind, message: string, at: Tagged | null = this.at) {
    if (this.stopped) return;
    this.stopped = { kind, message };
    this.problems.push({ code: `limit.${kind}`, severity: "error", message, range: at ? rangeOf(at) : DOCUMENT_START });
  }

  /** " (in a → b)" while rendering included documents, so a limit names where it happened. */
  chainText(): string {
    return this.includeChain.length > 0 ? ` (in ${this.includeChain.join(" → ")})` : "";
  }
}
