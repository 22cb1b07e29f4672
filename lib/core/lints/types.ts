import type { SourceRange } from "../template";

export type LintSeverity = "error" | "warning" | "info";

export interface TextEdit {
  range: SourceRange;
  text: string;
}

export interface Diagnostic {
  /** Which rule: "template", "xml-tags", "frontmatter", "agent-frontmatter", "cursor-rule", "agent-instructions", "mojibake", "unused-variable". */
  rule: string;
  severity: LintSeverity;
  message: string;
  /** What goes wrong if the problem stays, when it is particular to this problem (else the rule's). */
  why?: string;
  range: SourceRange;
  /** A fix that can be applied with one click, when there is an unambiguous one. */
  fix?: { title: string; edits: TextEdit[] };
}
