import { LineIndex } from "../../template/positions";
import type { Diagnostic } from "../types";
import { checkClaudeAgent } from "./claude-agent";
import { checkCursorRule } from "./cursor-rule";
import type { FieldProblem } from "./field-checks";
import { layoutFrontmatter } from "./frontmatter-lines";
import { kindFromFrontmatter, kindFromPath, type AgentFileKind } from "./kinds";

export interface AgentFileLint {
  kind: AgentFileKind;
  /** How the kind was known: from the file's path, or guessed from its frontmatter. */
  kindFrom: "path" | "frontmatter";
  diagnostics: Diagnostic[];
}

const RULE: Record<AgentFileKind, string> = {
  "claude-agent": "agent-frontmatter",
  "cursor-rule": "cursor-rule",
  "agents-md": "agent-instructions",
  "claude-md": "agent-instructions",
  other: "frontmatter",
};

/**
 * The lints for files coding tools read: the kind comes from the path when one is given
 * (`.claude/agents/*.md`, `.cursor/rules/*.mdc`, `AGENTS.md`, `CLAUDE.md`), else from the
 * frontmatter. Frontmatter that is not valid YAML is reported only with `yamlErrors` (the
 * editor reports it through its own frontmatter lint).
 */
export function lintAgentFile(text: string, options: { path?: string | null; lines?: LineIndex; yamlErrors?: boolean } = {}): AgentFileLint {
  const layout = layoutFrontmatter(text);
  const fromPath = options.path ? kindFromPath(options.path) : null;
  const kind = fromPath ?? kindFromFrontmatter(layout.frontmatter.data);
  const lines = options.lines ?? new LineIndex(text);
  const whole = lines.range(layout.start, layout.end);
  const at = (problem: FieldProblem): Diagnostic => {
    const line = problem.key === null ? undefined : layout.keys.get(problem.key);
    return { rule: RULE[kind], severity: problem.severity, message: problem.message, why: problem.why, range: line ? lines.range(line.start, line.end) : whole };
  };
  const result = (problems: FieldProblem[]): AgentFileLint => ({ kind, kindFrom: fromPath ? "path" : "frontmatter", diagnostics: problems.map(at) });

  const { frontmatter } = layout;
  if (frontmatter.error) {
    if (!options.yamlErrors || kind === "other") return result([]);
    return result([{ key: null, severity: "error", message: frontmatter.error, why: "Tools that load this file read its YAML first; if it does not parse, the file's settings are lost or the file is skipped." }]);
  }
  switch (kind) {
    case "claude-agent":
      if (frontmatter.raw === null) {
        return result([{ key: null, severity: "error", message: "A Claude Code agent starts with frontmatter (--- name, description ---); this file has none.", why: "Claude Code loads a file from .claude/agents only when its frontmatter has both `name` and `description`." }]);
      }
      return result(checkClaudeAgent(frontmatter.data ?? {}));
    case "cursor-rule":
      return result(checkCursorRule(frontmatter.data));
    case "agents-md":
    case "claude-md":
      return result(
        frontmatter.raw === null
          ? []
          : [{ key: null, severity: "info", message: `${kind === "agents-md" ? "AGENTS.md" : "CLAUDE.md"} has frontmatter, which is not read as settings.`, why: "These files are read as plain instructions: the model sees the frontmatter as text, and no tool applies it." }],
      );
    default:
      return result([]);
  }
}
