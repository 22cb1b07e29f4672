import { render, type Dialect } from "@/lib/core/template";
import { withDefaults } from "@/lib/core/variables/schema";
import { getDb, type Db } from "../db/client";
import { loadIncludeSources } from "./load-include-sources";
import { parseVariableSchema } from "./variable-schema-column";

/**
 * Two versions rendered with the same values (each with its own form's defaults), so a diff
 * shows what the prompt an application receives would change.
 */
export async function renderVersions({
  db = getDb(),
  dialect,
  versions,
  values,
}: {
  db?: Db;
  dialect: Dialect | null;
  versions: { content: string; variables: string | null }[];
  values: Record<string, unknown>;
}): Promise<string[]> {
  const includes = await loadIncludeSources({ db, slugs: [...new Set(versions.flatMap((v) => [...v.content.matchAll(/\{\{>\s*([\w.-]+)\s*\}\}|\{\{-?\s*template\s+"([^"]+)"/g)].map((m) => m[1] ?? m[2] ?? "")))] });
  return versions.map(
    (version) =>
      render(version.content, withDefaults(parseVariableSchema(version.variables), values), {
        dialect: dialect ?? undefined,
        resolveInclude: (name) => includes[name] ?? null,
      }).text,
  );
}
