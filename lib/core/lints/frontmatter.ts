import { splitFrontmatter } from "../documents/frontmatter";
import type { LineIndex } from "../template/positions";
import type { Diagnostic } from "./types";

/** YAML frontmatter that does not parse (agent and rule fields are checked in agent-files/). */
export function lintFrontmatter(text: string, lines: LineIndex): Diagnostic[] {
  const frontmatter = splitFrontmatter(text);
  if (frontmatter.raw === null || !frontmatter.error) return [];
  return [{ rule: "frontmatter", severity: "error", message: frontmatter.error, range: lines.range(0, Math.max(0, frontmatter.bodyOffset - 1)) }];
}
