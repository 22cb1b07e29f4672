/**
 * The kinds of file coding tools read from a repository. A Claude Code subagent lives in
 * `.claude/agents/` (subfolders allowed), a Cursor rule in `.cursor/rules/` as `.mdc`;
 * `AGENTS.md` and `CLAUDE.md` are plain instructions read at any depth.
 */
export type AgentFileKind = "claude-agent" | "cursor-rule" | "agents-md" | "claude-md" | "other";

export const AGENT_FILE_KIND_LABELS: Record<AgentFileKind, string> = {
  "claude-agent": "Claude Code agent",
  "cursor-rule": "Cursor rule",
  "agents-md": "AGENTS.md",
  "claude-md": "CLAUDE.md",
  other: "other file",
};

/** The kind a path names, or null when the path alone does not say (frontmatter decides then). */
export function kindFromPath(path: string): AgentFileKind | null {
  const parts = path.replace(/\\/g, "/").split("/").filter((part) => part !== "" && part !== ".");
  const file = parts[parts.length - 1] ?? "";
  const folders = parts.slice(0, -1);
  const under = (first: string, second: string) => folders.some((folder, i) => folder === first && folders[i + 1] === second);
  if (file === "AGENTS.md") return "agents-md";
  if (file === "CLAUDE.md" || file === "CLAUDE.local.md") return "claude-md";
  if (under(".claude", "agents") && file.toLowerCase().endsWith(".md")) return "claude-agent";
  if (file.toLowerCase().endsWith(".mdc")) return "cursor-rule";
  return null;
}

const CURSOR_KEYS = ["globs", "alwaysApply"];
const CLAUDE_ONLY_KEYS = ["tools", "disallowedTools", "model", "permissionMode", "maxTurns", "skills", "mcpServers", "hooks", "memory", "background", "effort", "isolation", "color", "initialPrompt"];

/**
 * Without a path: Cursor's `globs`/`alwaysApply` make a rule; a `name`, or a description beside
 * Claude Code's own fields, make an agent. Anything else (no frontmatter, a description alone,
 * other keys) is left alone: it may be any Markdown document.
 */
export function kindFromFrontmatter(data: Record<string, unknown> | null): AgentFileKind {
  if (!data) return "other";
  const has = (key: string) => Object.prototype.hasOwnProperty.call(data, key);
  if (CURSOR_KEYS.some(has)) return "cursor-rule";
  if (has("name") || (has("description") && CLAUDE_ONLY_KEYS.some(has))) return "claude-agent";
  return "other";
}

/**
 * The path a library document stands for, for kind detection: its folder and slug, as `.mdc`
 * under a `.cursor/rules` folder (a document in `repo/.claude/agents` is an agent by path).
 */
export function libraryDocumentPath(folder: string, slug: string): string {
  const extension = /(^|\/)\.cursor\/rules(\/|$)/.test(folder) ? ".mdc" : ".md";
  return `${folder ? `${folder}/` : ""}${slug}${extension}`;
}
