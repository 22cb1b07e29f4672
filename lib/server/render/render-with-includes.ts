import type { Dialect, ParsedTemplate, RenderOptions, RenderResult } from "@/lib/core/template";
import { inferVariableSchema, withDefaults, type VariableSchema } from "@/lib/core/variables/schema";
import type { DocumentAccess } from "../access/authorize";
import { cached } from "../cache/read-cache";
import { getDb, type Db } from "../db/client";
import { loadIncludes } from "../documents/load-include-sources";
import { resolveVersion } from "../documents/resolve-version";
import { parseVariableSchema } from "../documents/variable-schema-column";
import { parsedVersion } from "./parsed-versions";
import { renderWithLimits } from "./render-with-limits";

export interface RenderWithIncludesResult {
  result: RenderResult;
  /** The number of the version rendered (a label or `latest` resolved). */
  version: number;
  dialect: Dialect;
  template: ParsedTemplate;
  /** The version's form, completed with the variables its text uses. */
  schema: VariableSchema;
}

/**
 * The one way the server renders a document (the API, share pages, rendered diffs): resolve
 * the version inside the access's document, parse it once per process (versions never
 * change), load the documents it includes from the access's workspace only, and render
 * within the server's bounds (render-with-limits.ts). Versions and includes are read through
 * the read cache, which every write empties.
 */
export async function renderWithIncludes({
  db = getDb(),
  access,
  ref = "latest",
  values,
  formDefaults = false,
  options,
}: {
  db?: Db;
  access: DocumentAccess;
  /** A version number, a label or "latest" (the default). */
  ref?: number | string;
  values: Record<string, unknown>;
  /** Fill the values left out with the defaults of the version's form (share pages, diffs; not the API). */
  formDefaults?: boolean;
  options?: Pick<RenderOptions, "strict" | "trackSegments">;
}): Promise<RenderWithIncludesResult> {
  const { workspaceId, documentId } = access;
  const target = await cached(`resolve:${workspaceId}:${documentId}:${ref}`, () => resolveVersion({ db, access, ref }));
  const { version } = target;
  const template = parsedVersion(version.id, version.content, (target.document.dialect as Dialect | null) ?? null);
  const includes =
    template.includes.length === 0
      ? undefined
      : await cached(`includes:${workspaceId}:${version.id}`, () =>
          loadIncludes({ db, workspaceId, slugs: template.includes.map((include) => include.name), dialect: template.dialect }),
        );
  const schema = inferVariableSchema(template, parseVariableSchema(version.variables));
  const result = renderWithLimits({ template, values: formDefaults ? withDefaults(schema, values) : values, includes, options });
  return { result, version: version.number, dialect: template.dialect, template, schema };
}
