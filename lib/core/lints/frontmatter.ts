import { z } from "zod";
import { splitFrontmatter } from "../documents/frontmatter";
import { issueSentence } from "../messages/human-messages";
import type { LineIndex } from "../template/positions";
import type { Diagnostic } from "./types";

/** Models agent files commonly name; anything else is a warning, not an error. */
export const KNOWN_MODELS = ["inherit", "sonnet", "opus", "haiku", "gpt-4o", "gpt-4.1", "gpt-5", "o3", "o4-mini", "gemini-2.5-pro"];

const toolsSchema = z.union([
  z.string().regex(/^\s*[\w.*:/-]+(\s*,\s*[\w.*:/-]+)*\s*$/, "tools must be a comma-separated list, e.g. `Read, Write, Bash`"),
  z.array(z.string().min(1), { error: "tools must be a list of tool names" }),
], { error: "tools must be a comma-separated list, e.g. `Read, Write, Bash`, or a list of tool names" });

export const agentFrontmatterSchema = z.object({
  name: z.string({ error: "an agent file needs a `name`" }).trim().min(1, "`name` is empty"),
  description: z.string({ error: "an agent file needs a `description`" }).trim().min(1, "`description` is empty"),
  tools: toolsSchema.optional(),
  model: z.string({ error: "`model` must be a model name, e.g. `sonnet`" }).optional(),
});

/** YAML frontmatter that does not parse, and agent files that do not fit the agent schema. */
export function lintFrontmatter(text: string, lines: LineIndex, isAgentFile: boolean): Diagnostic[] {
  const frontmatter = splitFrontmatter(text);
  if (frontmatter.raw === null) return [];
  const range = lines.range(0, Math.max(0, frontmatter.bodyOffset - 1));
  if (frontmatter.error) return [{ rule: "frontmatter", severity: "error", message: frontmatter.error, range }];
  if (!isAgentFile || !frontmatter.data) return [];
  const diagnostics: Diagnostic[] = [];
  const parsed = agentFrontmatterSchema.safeParse(frontmatter.data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      diagnostics.push({ rule: "agent-frontmatter", severity: "error", message: `Agent frontmatter: ${issueSentence(issue)}`, range: fieldRange(text, lines, String(issue.path[0] ?? ""), range) });
    }
  }
  const model = frontmatter.data.model;
  if (typeof model === "string" && !KNOWN_MODELS.includes(model)) {
    diagnostics.push({
      rule: "agent-frontmatter",
      severity: "warning",
      message: `Agent frontmatter: model “${model}” is not one of ${KNOWN_MODELS.join(", ")}`,
      range: fieldRange(text, lines, "model", range),
    });
  }
  return diagnostics;
}

/** The line of a frontmatter field, or the whole frontmatter when it is absent. */
function fieldRange(text: string, lines: LineIndex, field: string, fallback: Diagnostic["range"]) {
  const match = field ? new RegExp(`^${field}\\s*:.*$`, "m").exec(text) : null;
  return match && match.index < fallback.end.offset ? lines.range(match.index, match.index + match[0].length) : fallback;
}
