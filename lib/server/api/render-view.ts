import type { z } from "zod";
import type { renderResponseSchema } from "@/lib/contracts/api";
import type { RenderResult } from "@/lib/core/template";

/** A render as the API returns it: names of missing variables, problems with line and column. */
export function renderView(result: RenderResult, version: number): z.input<typeof renderResponseSchema> {
  return {
    text: result.text,
    missing: [...new Set(result.missing.map((m) => m.name))],
    problems: result.problems.map((p) => ({ severity: p.severity, message: p.message, line: p.range.start.line, column: p.range.start.column })),
    version,
    ok: result.ok,
  };
}
