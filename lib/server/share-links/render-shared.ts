import type { RenderResult } from "@/lib/core/template";
import { inferVariableSchema, withDefaults, type VariableSchema } from "@/lib/core/variables/schema";
import { getDb, type Db } from "../db/client";
import { loadIncludes } from "../documents/load-include-sources";
import { parsedVersion } from "../render/parsed-versions";
import { renderWithLimits } from "../render/render-with-limits";
import type { OpenedShareLink } from "./open-share-link";

/**
 * Renders a shared version on the server, so a preview-only link never sends the template
 * itself. Includes come from the shared document's own workspace only. A render past the
 * server's bounds throws `render_limit`: the page and the action show its message.
 */
export async function renderShared({
  db = getDb(),
  link,
  values,
}: {
  db?: Db;
  link: OpenedShareLink;
  values: Record<string, unknown>;
}): Promise<{ result: RenderResult; schema: VariableSchema }> {
  const parsed = parsedVersion(link.version.id, link.version.content, link.document.dialect);
  const schema = inferVariableSchema(parsed, link.version.variables);
  const includes =
    parsed.includes.length === 0
      ? undefined
      : await loadIncludes({
          db,
          workspaceId: link.document.workspaceId,
          slugs: parsed.includes.map((include) => include.name),
          dialect: parsed.dialect,
        });
  const result = renderWithLimits({ template: parsed, values: withDefaults(schema, values), includes, options: { trackSegments: true } });
  return { result, schema };
}
