import { z } from "zod";
import type { ParsedTemplate, TemplateVariable } from "../template";

export const FIELD_TYPES = ["text", "multiline", "number", "boolean", "select", "list", "json"] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

/** How one variable is filled in: saved with each version, so every version keeps its form. */
export const variableFieldSchema = z.object({
  name: z.string().min(1).max(200),
  type: z.enum(FIELD_TYPES),
  label: z.string().max(120).optional(),
  description: z.string().max(500).optional(),
  default: z.unknown().optional(),
  required: z.boolean().optional(),
  options: z.array(z.string().max(200)).max(100).optional(),
  placeholder: z.string().max(200).optional(),
  /** For a list of objects: the fields of each item (from the variables used inside the section). */
  itemFields: z.array(z.string().max(200)).max(50).optional(),
});
export type VariableField = z.infer<typeof variableFieldSchema>;

export const variableSchemaSchema = z.array(variableFieldSchema).max(500);
export type VariableSchema = z.infer<typeof variableSchemaSchema>;

const TYPE_FOR_KIND: Record<TemplateVariable["kind"], FieldType> = {
  text: "text",
  condition: "boolean",
  list: "list",
  object: "json",
};

/**
 * The form for a template: one field per top-level variable, typed from how the template uses
 * it (section → list, condition → boolean, object → JSON, otherwise text). Fields already in
 * `saved` keep their settings, so a person's choices survive edits to the text.
 */
export function inferVariableSchema(parsed: Pick<ParsedTemplate, "variables">, saved: VariableSchema = []): VariableSchema {
  const byName = new Map(saved.map((field) => [field.name, field]));
  const fields: VariableSchema = [];
  for (const variable of parsed.variables) {
    if (variable.scope.length > 0) continue;
    const previous = byName.get(variable.name);
    if (previous) {
      fields.push(previous);
      continue;
    }
    const field: VariableField = { name: variable.name, type: TYPE_FOR_KIND[variable.kind] };
    if (field.type === "list") {
      const inner = parsed.variables.filter((v) => v.scope[0] === variable.name && v.scope.length === 1).map((v) => v.name);
      if (inner.length > 0) field.itemFields = [...new Set(inner)];
    }
    fields.push(field);
  }
  return fields;
}

/** Names in the saved form that the template no longer uses, for the "unused variable" lint. */
export function unusedFields(schema: VariableSchema, parsed: Pick<ParsedTemplate, "variables">): string[] {
  const used = new Set(parsed.variables.filter((v) => v.scope.length === 0).map((v) => v.name));
  return schema.filter((field) => !used.has(field.name)).map((field) => field.name);
}

function fieldValueSchema(field: VariableField): z.ZodType {
  const text = field.required ? z.string().min(1, "Required") : z.string();
  switch (field.type) {
    case "text":
    case "multiline":
      return text;
    case "number":
      return z.number({ error: "Enter a number" });
    case "boolean":
      return z.boolean();
    case "select":
      return field.options?.length ? z.enum(field.options as [string, ...string[]], { error: "Pick one of the options" }) : text;
    case "list": {
      const item = field.itemFields?.length
        ? z.object(Object.fromEntries(field.itemFields.map((name) => [name, z.string()])))
        : z.string();
      const list = z.array(item);
      return field.required ? list.min(1, "Add at least one item") : list;
    }
    case "json":
      return z.record(z.string(), z.unknown(), { error: "Enter a JSON object" });
  }
}

/**
 * A zod schema for the values of a form: what the preview and the render API accept. Fields
 * not required may be left out; unknown names pass through (the template may use them).
 */
export function valuesSchemaFor(schema: VariableSchema) {
  return z.looseObject(
    Object.fromEntries(schema.map((field) => [field.name, field.required ? fieldValueSchema(field) : fieldValueSchema(field).optional()])),
  );
}

/** Where a value should go when it is a path like `user.name`: values are nested objects. */
export function setPath(values: Record<string, unknown>, path: string[], value: unknown): Record<string, unknown> {
  const [head, ...rest] = path;
  if (head === undefined) return values;
  if (rest.length === 0) return { ...values, [head]: value };
  const inner = values[head];
  const child = inner && typeof inner === "object" && !Array.isArray(inner) ? (inner as Record<string, unknown>) : {};
  return { ...values, [head]: setPath(child, rest, value) };
}

export function getPath(values: Record<string, unknown>, path: string[]): unknown {
  let current: unknown = values;
  for (const key of path) {
    if (!current || typeof current !== "object") return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** The values to render with: what was entered, and each field's default where nothing was. */
export function withDefaults(schema: VariableSchema, values: Record<string, unknown>): Record<string, unknown> {
  let result = values;
  for (const field of schema) {
    const path = field.name.split(".");
    if (field.default !== undefined && field.default !== "" && getPath(result, path) === undefined) result = setPath(result, path, field.default);
  }
  return result;
}
