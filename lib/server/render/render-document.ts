import type { RenderResult } from "@/lib/core/template";
import type { DocumentAccess } from "../access/authorize";
import type { Db } from "../db/client";
import { AppError } from "../errors";
import { renderWithIncludes } from "./render-with-includes";

export interface RenderDocumentInput {
  /** A version number, a label or "latest" (the default). */
  ref?: number | string;
  values: Record<string, unknown>;
  strict?: boolean;
}

/**
 * Renders a version of a document with values, for the API. Includes (`{{> slug}}`,
 * `{{template "slug" .}}`) are other documents' newest versions (render-with-includes.ts).
 * A strict render that is refused becomes `unprocessable` (422) with what was missing; a render
 * stopped by a bound, `render_limit` (422).
 */
export async function renderDocument({ db, access, input }: { db?: Db; access: DocumentAccess; input: RenderDocumentInput }) {
  const { result, version, dialect } = await renderWithIncludes({ db, access, ref: input.ref, values: input.values, options: { strict: input.strict } });
  if (input.strict && !result.ok) {
    throw new AppError("unprocessable", strictRefusal(result), {
      missing: [...new Set(result.missing.map((m) => m.name))],
      problems: result.problems.map((p) => ({ severity: p.severity, message: p.message, line: p.range.start.line, column: p.range.start.column })),
    });
  }
  return { result, version, dialect };
}

function strictRefusal(result: RenderResult): string {
  const names = [...new Set(result.missing.map((m) => m.name))];
  if (names.length > 0) return `Missing variables: ${names.join(", ")}.`;
  return `The template has errors: ${result.problems[0]?.message ?? "see details"}.`;
}
