import type { Dialect, RenderResult } from "@/lib/core/template";
import type { DocumentAccess } from "../access/authorize";
import { getDb, type Db } from "../db/client";
import { AppError } from "../errors";
import { loadIncludes } from "../documents/load-include-sources";
import { resolveVersion } from "../documents/resolve-version";
import { cached } from "../cache/read-cache";
import { parsedVersion } from "./parsed-versions";
import { renderWithLimits } from "./render-with-limits";

export interface RenderDocumentInput {
  /** A version number, a label or "latest" (the default). */
  ref?: number | string;
  values: Record<string, unknown>;
  strict?: boolean;
}

/**
 * Renders a version of a document with values. Includes (`{{> slug}}`, `{{template "slug" .}}`)
 * are other documents' newest versions, loaded before rendering since rendering is synchronous.
 * A strict render that is refused becomes `unprocessable` (422) with what was missing; a render
 * stopped by a bound, `render_limit` (422).
 */
export async function renderDocument({ db = getDb(), access, input }: { db?: Db; access: DocumentAccess; input: RenderDocumentInput }) {
  const ref = input.ref ?? "latest";
  const target = await cached(`resolve:${access.workspaceId}:${access.documentId}:${ref}`, () => resolveVersion({ db, access, ref }));
  const dialect = (target.document.dialect as Dialect | null) ?? null;
  const parsed = parsedVersion(target.version.id, target.version.content, dialect);
  const includes =
    parsed.includes.length === 0
      ? undefined
      : await cached(`includes:${target.version.id}`, () =>
          loadIncludes({
            db,
            workspaceId: target.document.workspaceId,
            slugs: parsed.includes.map((include) => include.name),
            dialect: parsed.dialect,
          }),
        );
  const result = renderWithLimits({ template: parsed, values: input.values, includes, options: { strict: input.strict } });
  if (input.strict && !result.ok) {
    throw new AppError("unprocessable", strictRefusal(result), {
      missing: [...new Set(result.missing.map((m) => m.name))],
      problems: result.problems.map((p) => ({ severity: p.severity, message: p.message, line: p.range.start.line, column: p.range.start.column })),
    });
  }
  return { result, version: target.version.number, dialect: parsed.dialect };
}

function strictRefusal(result: RenderResult): string {
  const names = [...new Set(result.missing.map((m) => m.name))];
  if (names.length > 0) return `Missing variables: ${names.join(", ")}.`;
  return `The template has errors: ${result.problems[0]?.message ?? "see details"}.`;
}
