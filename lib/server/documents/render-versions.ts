import { parseTemplate, type Dialect } from "@/lib/core/template";
import { withDefaults } from "@/lib/core/variables/schema";
import { getDb, type Db } from "../db/client";
import { renderWithLimits } from "../render/render-with-limits";
import { loadIncludes } from "./load-include-sources";
import { parseVariableSchema } from "./variable-schema-column";

/**
 * Two versions rendered with the same values (each with its own form's defaults), so a diff
 * shows what the prompt an application receives would change. Either render past the server's
 * bounds throws `render_limit`.
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
  const rendered: string[] = [];
  for (const [index, template] of parsed.entries()) {
    const slugs = template.includes.map((include) => include.name);
    const includes = slugs.length ? await loadIncludes({ db, workspaceId, slugs, dialect: template.dialect }) : undefined;
    const schema = parseVariableSchema(versions[index]!.variables);
    rendered.push(renderWithLimits({ template, values: withDefaults(schema, values), includes }).text);
  }
  return rendered;
}
