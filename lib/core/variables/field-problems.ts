import { issueSentence } from "../messages/human-messages";
import { getPath, valuesSchemaFor, type VariableSchema } from "./schema";

export interface FieldProblem {
  /** A required field left empty: a hint to fill it in, not an error. */
  missing: boolean;
  /** In plain words, for the person filling the form. */
  message: string;
}

const isEmpty = (value: unknown) => value === undefined || value === "" || (Array.isArray(value) && value.length === 0);

/** What is wrong with each field's value, checked with the zod schema derived from the form. */
export function fieldProblems(schema: VariableSchema, values: Record<string, unknown>): Record<string, FieldProblem> {
  const result = valuesSchemaFor(schema).safeParse(values);
  if (result.success) return {};
  const byName = new Map(schema.map((field) => [field.name, field]));
  const problems: Record<string, FieldProblem> = {};
  for (const issue of result.error.issues) {
    const name = String(issue.path[0] ?? "");
    if (problems[name]) continue;
    const field = byName.get(name);
    if (field?.required && isEmpty(getPath(values, name.split(".")))) {
      problems[name] = { missing: true, message: field.type === "list" ? "Needed: add at least one item." : "Needed: fill this in for the preview." };
      continue;
    }
    const where = issue.path.length > 1 ? `Item ${issue.path.slice(1).map((part) => (typeof part === "number" ? part + 1 : String(part))).join(", ")}: ` : "";
    problems[name] = { missing: false, message: `${where}${issueSentence(issue)}` };
  }
  return problems;
}
