import type { MissingVariable, RenderOptions, RenderSegment, SourceRange, TemplateProblem } from "./types";

/** What one render accumulates; shared by both dialects and by the documents they include. */
export class RenderState {
  readonly out: string[] = [];
  length = 0;
  readonly missing: MissingVariable[] = [];
  readonly problems: TemplateProblem[] = [];
  readonly segments: RenderSegment[] = [];
  /** Names of the documents being included, outermost first, for depth and cycle checks. */
  readonly includeChain: string[] = [];

  constructor(readonly options: RenderOptions) {}

  write(text: string) {
    if (text === "") return;
    this.out.push(text);
    this.length += text.length;
  }

  /** A substituted value, remembered as a segment when the caller asked for them. */
  writeValue(text: string, variable: string) {
    if (this.options.trackSegments) this.segments.push({ start: this.length, end: this.length + text.length, variable, missing: false });
    this.write(text);
  }

  /** A missing text variable: left as written (default) or dropped, and always reported. */
  writeMissing(name: string, raw: string, range: SourceRange) {
    this.missing.push({ name, range });
    if (this.options.missing === "empty") return;
    if (this.options.trackSegments) this.segments.push({ start: this.length, end: this.length + raw.length, variable: name, missing: true });
    this.write(raw);
  }

  problem(problem: TemplateProblem) {
    this.problems.push(problem);
  }
}
