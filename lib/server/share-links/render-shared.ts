import type { RenderResult } from "@/lib/core/template";
import type { VariableSchema } from "@/lib/core/variables/schema";
import type { Db } from "../db/client";
import { renderWithIncludes } from "../render/render-with-includes";
import type { OpenedShareLink } from "./open-share-link";

/**
 * Renders a shared version on the server, so a preview-only link never sends the template
 * itself. Includes come from the shared document's own workspace only. A render past the
 * server's bounds throws `render_limit`: the page and the action show its message.
 */
export async function renderShared({
  db,
  link,
  values,
}: {
  db?: Db;
  link: OpenedShareLink;
  values: Record<string, unknown>;
}): Promise<{ result: RenderResult; schema: VariableSchema }> {
  const { result, schema } = await renderWithIncludes({
    db,
    access: link.documentAccess,
    ref: link.version.number,
    values,
    formDefaults: true,
    options: { trackSegments: true },
  });
  return { result, schema };
}
