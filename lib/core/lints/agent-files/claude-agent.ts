import { closestField } from "./suggest";
import { boolean, describeValue, mapping, nameList, oneOf, positiveInteger, text, type FieldCheck, type FieldProblem } from "./field-checks";

/** Model aliases Claude Code documents for subagents; anything else should be a full model id. */
export const CLAUDE_MODEL_ALIASES = ["sonnet", "opus", "haiku", "inherit"] as const;
export const PERMISSION_MODES = ["default", "acceptEdits", "auto", "dontAsk", "bypassPermissions", "plan"] as const;
export const EFFORT_LEVELS = ["low", "medium", "high", "xhigh", "max"] as const;
export const MEMORY_SCOPES = ["user", "project", "local"] as const;
export const AGENT_COLORS = ["red", "blue", "green", "yellow", "purple", "orange", "pink", "cyan"] as const;
// `claude-sonnet-4-5`, `claude-opus-4-1-20250805`, and provider forms such as
// `us.anthropic.claude-sonnet-4-5-20250929-v1:0` (Bedrock).
const FULL_MODEL_ID = /^(?:[\w-]+\.)*claude-[\w.@:-]+$/;
const AGENT_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const model: FieldCheck = (value, key) => {
  const why = "Claude Code runs the agent on this model; a value it does not recognise fails when the agent starts, or falls back to another model.";
  if (typeof value !== "string") return { severity: "error", message: `\`${key}\` must be text, not ${describeValue(value)}.`, why };
  if ((CLAUDE_MODEL_ALIASES as readonly string[]).includes(value) || FULL_MODEL_ID.test(value)) return null;
  return {
    severity: "warning",
    message: `\`model\` “${value}” is neither an alias (${CLAUDE_MODEL_ALIASES.join(", ")}) nor a full Claude model id such as claude-sonnet-4-5.`,
    why,
  };
};

/**
 * Every field Claude Code documents for a subagent's frontmatter (code.claude.com/docs/en/sub-agents,
 * checked 2026-11-30), each with its type and allowed values. Unknown keys are ignored by
 * Claude Code without a word, so they are reported here.
 */
export const CLAUDE_AGENT_FIELDS: Record<string, FieldCheck> = {
  name: text("Claude Code lists and calls the agent by this name; without it the file is not loaded as an agent.", { required: true }),
  description: text("Claude decides when to hand a task to the agent from this description; without it the file is not loaded as an agent.", { required: true }),
  tools: nameList("Only the tools listed are given to the agent; a value Claude Code cannot read as a list may leave it with none or all of them."),
  disallowedTools: nameList("These tools are taken away from the agent; a value Claude Code cannot read as a list takes away nothing."),
  model,
  permissionMode: oneOf(PERMISSION_MODES, "The mode decides which tool calls the agent may make without asking; an unknown mode is not applied."),
  maxTurns: positiveInteger("The agent stops after this many turns; a value that is not a whole number sets no limit."),
  skills: nameList("These skills are loaded into the agent when it starts; a value that is not a list of names loads none."),
  mcpServers: (value, key) => {
    const why = "The agent connects to these MCP servers; entries are server names or inline configurations.";
    if (!Array.isArray(value)) return { severity: "error", message: `\`${key}\` must be a list of server names or configurations, not ${describeValue(value)}.`, why };
    const bad = value.find((item) => typeof item !== "string" && (item === null || typeof item !== "object" || Array.isArray(item)));
    return bad === undefined ? null : { severity: "error", message: `\`${key}\` lists ${describeValue(bad)}; each entry must be a server name or a configuration.`, why };
  },
  hooks: mapping("Hooks run while this agent works, keyed by event (PreToolUse, PostToolUse, Stop…); any other shape registers none."),
  memory: oneOf(MEMORY_SCOPES, "The scope decides where the agent keeps its memory between sessions; an unknown scope keeps none."),
  background: boolean("`true` always runs the agent as a background task; the quoted text “true” is not a boolean and leaves it in the foreground."),
  effort: oneOf(EFFORT_LEVELS, "The effort level overrides the session's while the agent runs; an unknown level is not applied."),
  isolation: oneOf(["worktree"], "`worktree` runs the agent in a temporary git worktree; any other value runs it in your working tree."),
  color: oneOf(AGENT_COLORS, "The colour marks the agent in Claude Code's interface; an unknown colour is not shown.", "warning"),
  initialPrompt: text("This text is sent as the first turn when the agent runs as the main session agent."),
  // Not in the issue's list; documented since Claude Code 2.1.271.
  omitClaudeMd: boolean("`true` starts the agent without the CLAUDE.md files; the quoted text “true” is not a boolean and loads them."),
};

/** Names other tools use for Claude Code's fields, with the field to use instead. */
const OTHER_TOOLS_NAMES: Record<string, string> = { "allowed-tools": "tools", allowedTools: "tools", "disallowed-tools": "disallowedTools", prompt: "the Markdown body" };

export const UNKNOWN_FIELD_WHY = "Claude Code ignores fields it does not know without any message, so a misspelt field silently has no effect (a mistyped `tools` gives the agent every tool).";

export function checkClaudeAgent(data: Record<string, unknown>): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const key of ["name", "description"]) {
    if (!(key in data)) {
      problems.push({ key: null, severity: "error", message: `A Claude Code agent needs a \`${key}\`.`, why: "Claude Code loads a file from .claude/agents only when its frontmatter has both `name` and `description`." });
    }
  }
  for (const [key, value] of Object.entries(data)) {
    const check = CLAUDE_AGENT_FIELDS[key];
    if (check) {
      const problem = check(value, key);
      if (problem) problems.push({ key, ...problem });
    } else if (OTHER_TOOLS_NAMES[key]) {
      problems.push({ key, severity: "error", message: `\`${key}:\` is not a field of Claude Code agents; use ${OTHER_TOOLS_NAMES[key].startsWith("the") ? OTHER_TOOLS_NAMES[key] : `\`${OTHER_TOOLS_NAMES[key]}\``}.`, why: UNKNOWN_FIELD_WHY });
    } else {
      problems.push(unknownField(key, Object.keys(CLAUDE_AGENT_FIELDS), "Claude Code agents", UNKNOWN_FIELD_WHY));
    }
  }
  const name = data.name;
  if (typeof name === "string" && name.trim() !== "" && !AGENT_NAME.test(name)) {
    problems.push({
      key: "name",
      severity: "warning",
      message: `\`name\` “${name}” should be lowercase letters, digits and hyphens (e.g. ${name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "code-reviewer"}).`,
      why: "Claude Code documents agent names as lowercase letters and hyphens; other characters may keep the agent from being called by name.",
    });
  }
  return problems;
}

/** An unknown key: an error when it is one edit away from a real field (a typo), else a warning. */
export function unknownField(key: string, known: readonly string[], owner: string, why: string): FieldProblem {
  const suggestion = closestField(key, known);
  return suggestion
    ? { key, severity: "error", message: `\`${key}:\` is not a field; did you mean \`${suggestion}\`?`, why }
    : { key, severity: "warning", message: `\`${key}:\` is not a field of ${owner}; it is ignored.`, why };
}
