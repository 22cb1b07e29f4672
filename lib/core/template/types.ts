/** Public types of the template engine. See README.md in this folder for the rules. */

export type Dialect = "mustache" | "go" | "jinja" | "none";

export interface Position {
  /** 0-based UTF-16 offset into the source. */
  offset: number;
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units. */
  column: number;
}

export interface SourceRange {
  start: Position;
  end: Position;
}

export type Severity = "error" | "warning" | "info";

export interface TemplateProblem {
  code: string;
  severity: Severity;
  message: string;
  range: SourceRange;
}

export type VariableKind = "text" | "list" | "condition" | "object";

export interface TemplateVariable {
  /** Display path: "agent-name", "user.name", "Request", "A.B" (Go without the leading dot). */
  name: string;
  path: string[];
  kind: VariableKind;
  occurrences: SourceRange[];
  /** Names of the enclosing sections, ranges or withs, outermost first; [] at the top level. */
  scope: string[];
}

export interface TemplateInclude {
  name: string;
  range: SourceRange;
}

/**
 * An inheritance point: a mustache `{{$block}}` or `{{<parent}}`, a Go `{{block}}` or
 * `{{define}}`, a Jinja `{% block %}` or `{% extends %}` (a parent). Blocks are what a document
 * extending this one may override.
 */
export interface TemplateBlock {
  name: string;
  kind: "block" | "parent" | "define";
  /** The opening tag. */
  range: SourceRange;
  /** Where the closing tag ends; null when the block is never closed (a Jinja `extends` never is). */
  end: Position | null;
}

export interface RenderOptions {
  dialect?: Dialect;
  /** No escaping by default: prompts are not HTML. */
  escape?: "none" | "html";
  /** Refuse to render (ok: false, text "") when a text variable is missing or the template has errors. */
  strict?: boolean;
  /**
   * What a missing text variable becomes in a lenient render: the tag as written (default, so
   * nothing is silently dropped) or nothing (mustache's own rule, used by the spec tests).
   */
  missing?: "keep" | "empty";
  /** Leave tags inside ``` or ~~~ fenced code blocks untouched. */
  ignoreFencedCode?: boolean;
  /** Source of an included document (`{{> name}}`, `{{template "name" .}}`), or null if unknown. */
  resolveInclude?: (name: string) => string | null | undefined;
  /** Default 10. */
  maxIncludeDepth?: number;
  /** How many includes one render may expand in all (fan-out, not just depth). Default 1,000. */
  maxIncludeExpansions?: number;
  /** Longest output, in UTF-16 code units. Default 10,000,000. */
  maxOutputChars?: number;
  /** Stop a render that has run this long (ms); unlimited by default. Servers pass ~100. */
  budgetMs?: number;
  /** Clock for the budget (tests inject one). Default `performance.now`. */
  now?: () => number;
  /** Report where each substituted value (or kept missing tag) sits in the output. */
  trackSegments?: boolean;
}

export interface RenderSegment {
  start: number;
  end: number;
  variable: string;
  missing: boolean;
}

export interface MissingVariable {
  name: string;
  range: SourceRange;
}

/** Which bound stopped a render: the output size, the include count or depth, or the time budget. */
export type RenderLimitKind = "output" | "includes" | "depth" | "time";

export interface RenderResult {
  ok: boolean;
  /**
   * Set when a bound stopped the render (`ok` is then false and a problem with code
   * `limit.<kind>` names the chain). Servers answer 422 for it.
   */
  limit?: { kind: RenderLimitKind; message: string };
  text: string;
  missing: MissingVariable[];
  problems: TemplateProblem[];
  segments: RenderSegment[];
}
