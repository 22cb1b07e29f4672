import { readJsonColumn } from "../db/json-column";
import { variableSchemaSchema, type VariableSchema } from "@/lib/core/variables/schema";

/** The stored form of a version; a missing or unreadable one is an empty form, never a crash. */
export function parseVariableSchema(stored: string | null): VariableSchema {
  return readJsonColumn(stored, { schema: variableSchemaSchema, fallback: [], column: "variables" });
}
