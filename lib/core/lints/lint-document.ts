import { parseTemplate, type ParsedTemplate } from "../template";
import { LineIndex } from "../template/positions";
import { lintAgentFile } from "./agent-files";
import { lintFrontmatter } from "./frontmatter";
import { lintMojibake } from "./mojibake";
import type { Diagnostic } from "./types";
import { lintXmlTags } from "./xml-tags";

/**
 * Every lint for a document: template problems, unbalanced XML-style tags, frontmatter that
 * does not parse, agent and rule frontmatter (Claude Code agents, Cursor rules: the kind from
 * `path` when the document has one, else from its frontmatter), mojibake, and variables the
 * schema declares that the text no longer uses.
 */
export function lintDocument(text: string, options: { parsed?: ParsedTemplate; schemaVariables?: string[]; path?: string | null } = {}): Diagnostic[] {
  const parsed = options.parsed ?? parseTemplate(text);
  const lines = new LineIndex(text);
  const diagnostics: Diagnostic[] = parsed.problems.map((problem) => ({
    rule: "template",
    severity: problem.severity,
    message: problem.message,
    range: problem.range,
  }));
  diagnostics.push(...lintXmlTags(text, lines));
  diagnostics.push(...lintFrontmatter(text, lines));
  diagnostics.push(...lintAgentFile(text, { path: options.path, lines }).diagnostics);
  diagnostics.push(...lintMojibake(text, lines));
  const used = new Set(parsed.variables.map((variable) => variable.name));
  for (const name of options.schemaVariables ?? []) {
    if (!used.has(name)) {
      diagnostics.push({ rule: "unused-variable", severity: "info", message: `The variable “${name}” is in the form but no longer in the text`, range: lines.range(0, 0) });
    }
  }
  return diagnostics.sort((a, b) => a.range.start.offset - b.range.start.offset);
}
