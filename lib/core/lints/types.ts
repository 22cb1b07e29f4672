import type { SourceRange } from "../template";

export type LintSeverity = "error" | "warning" | "info";

export interface TextEdit {
  range: SourceRange;
  text: string;
}

export interface Diagnostic {
  /** Which rule: "template", "xml-tags", "frontmatter", "agent-frontmatter", "mojibake", "unused-variable". */
  rule: string;
  severity: LintSeverity;
  message: string;
  range: SourceRange;
  /** A fix that can be applied with one click, when there is an unambiguous one. */
  fix?: { title: string; edits: TextEdit[] };
}
