import { unknownField } from "./claude-agent";
import { boolean, describeValue, text, type FieldProblem } from "./field-checks";

export const CURSOR_RULE_FIELDS = ["description", "globs", "alwaysApply"] as const;

const UNKNOWN_WHY = "Cursor reads only `description`, `globs` and `alwaysApply`; any other key is ignored without a message, so a misspelt one silently changes when the rule applies.";
const GLOBS_WHY = "Cursor attaches the rule when a file in the conversation matches one of these patterns; a pattern it cannot read never matches.";

function checkGlobs(value: unknown): Omit<FieldProblem, "key"> | null {
  if (value === null) return null;
  const patterns = typeof value === "string" ? value.split(",") : Array.isArray(value) ? value : null;
  if (!patterns) return { severity: "error", message: `\`globs\` must be a comma-separated string (\`src/**/*.ts, *.md\`) or a list, not ${describeValue(value)}.`, why: GLOBS_WHY };
  const bad = patterns.find((pattern) => typeof pattern !== "string");
  if (bad !== undefined) return { severity: "error", message: `\`globs\` lists ${describeValue(bad)}; each entry must be a pattern.`, why: GLOBS_WHY };
  const strings = patterns as string[];
  if (strings.some((pattern) => pattern.trim() === "") && strings.join("").trim() !== "") {
    return { severity: "warning", message: "`globs` has an empty pattern between commas.", why: GLOBS_WHY };
  }
  const absolute = strings.find((pattern) => /^\s*(?:\/|[A-Za-z]:[\\/])/.test(pattern));
  if (absolute) return { severity: "warning", message: `\`globs\` pattern “${absolute.trim()}” is absolute; Cursor matches patterns relative to the project.`, why: GLOBS_WHY };
  return null;
}

/** A Cursor `.mdc` rule: three optional fields, whose combination decides when the rule applies. */
export function checkCursorRule(data: Record<string, unknown> | null): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const fields = data ?? {};
  for (const [key, value] of Object.entries(fields)) {
    let problem: Omit<FieldProblem, "key"> | null = null;
    if (key === "description") problem = value === null ? null : text("Cursor's agent reads the description to decide whether to apply the rule.")(value, key);
    else if (key === "globs") problem = checkGlobs(value);
    else if (key === "alwaysApply") problem = value === null ? null : boolean("Only the YAML boolean `true` applies the rule to every request; the quoted text “true” is read as not always-apply, so the rule silently stops being sent.")(value, key);
    else {
      problems.push(unknownField(key, CURSOR_RULE_FIELDS, "Cursor rules", UNKNOWN_WHY));
      continue;
    }
    if (problem) problems.push({ key, ...problem });
  }
  const hasGlobs = typeof fields.globs === "string" ? fields.globs.trim() !== "" : Array.isArray(fields.globs) && fields.globs.length > 0;
  const hasDescription = typeof fields.description === "string" && fields.description.trim() !== "";
  if (fields.alwaysApply === true && hasGlobs) {
    problems.push({ key: "globs", severity: "info", message: "`globs` has no effect while `alwaysApply` is true.", why: "An always-applied rule is sent with every request whatever files are open." });
  } else if (fields.alwaysApply !== true && !hasGlobs && !hasDescription && !problems.some((p) => p.severity === "error")) {
    problems.push({
      key: null,
      severity: "info",
      message: "This rule applies only when someone mentions it with @: it has no description, no globs and alwaysApply is not true.",
      why: "Cursor applies a rule by itself only when it is always-applied, its globs match, or its description tells the agent when to use it.",
    });
  }
  return problems;
}
