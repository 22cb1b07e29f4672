import { parseTemplate, render, type Dialect } from "@/lib/core/template";
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
  workspaceId,
  dialect,
  versions,
  values,
}: {
  db?: Db;
  /** Includes resolve within this workspace only. */
  workspaceId: string;
  dialect: Dialect | null;
  versions: { content: string; variables: string | null }[];
  values: Record<string, unknown>;
}): Promise<string[]> {
  const parsed = versions.map((version) => parseTemplate(version.content, dialect ? { dialect } : {}));
  const slugs = parsed.flatMap((template) => template.includes.map((include) => include.name));
  const includes = slugs.length ? await loadIncludeSources({ db, workspaceId, slugs, dialect: parsed[0]?.dialect }) : {};
  return parsed.map(
    (template, index) =>
      render(template, withDefaults(parseVariableSchema(versions[index]!.variables), values), {
        resolveInclude: (name) => includes[name] ?? null,
      }).text,
  );
}
