import { variableSchemaSchema, type VariableSchema } from "@/lib/core/variables/schema";

/** The stored form of a version; a missing or unreadable one is an empty form, never a crash. */
export function parseVariableSchema(stored: string | null): VariableSchema {
  if (!stored) return [];
  try {
    const parsed = variableSchemaSchema.safeParse(JSON.parse(stored));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}
