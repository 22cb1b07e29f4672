import { parseTemplate } from "@/lib/core/template";

const SIMPLE_TAG = /^\{\{\s*\.?([\w.-]+)\s*\}\}$/;

/**
 * The Jinja version of a mustache or Go document: each simple variable tag (`{{agent-name}}`,
 * `{{.Request}}`) becomes `{{ agent_name }}` / `{{ Request }}`; everything else stays as it is.
 * Returns the new source and, per original variable name, the Jinja name it became.
 */
export function toJinja(source: string): { source: string; names: Map<string, string> } {
  const parsed = parseTemplate(source);
  const names = new Map<string, string>();
  const edits: { start: number; end: number; text: string }[] = [];
  for (const variable of parsed.variables) {
    if (variable.scope.length > 0 || variable.kind !== "text") continue;
    const jinjaName = variable.path.map((key) => key.replace(/[^\w]/g, "_")).join(".");
    for (const range of variable.occurrences) {
      const raw = source.slice(range.start.offset, range.end.offset);
      if (!SIMPLE_TAG.test(raw)) continue;
      names.set(variable.name, jinjaName);
      edits.push({ start: range.start.offset, end: range.end.offset, text: `{{ ${jinjaName} }}` });
    }
  }
  edits.sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  let at = 0;
  for (const edit of edits) {
    parts.push(source.slice(at, edit.start), edit.text);
    at = edit.end;
  }
  parts.push(source.slice(at));
  return { source: parts.join(""), names };
}
