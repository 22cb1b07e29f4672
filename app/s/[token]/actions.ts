"use server";

import type { ActionResult } from "@/lib/contracts/action-result";
import { shareValuesSchema } from "@/lib/contracts/share-links";
import type { RenderResult } from "@/lib/core/template";
import { actionError } from "@/lib/server/http/action-error";
import { openShareLink } from "@/lib/server/share-links/open-share-link";
import { renderShared } from "@/lib/server/share-links/render-shared";

/**
 * The only thing a share link's holder can ask the server: render the linked version with
 * their values. The token is checked on every call, so a revoked link stops at once.
 */
export async function renderSharedAction(token: string, values: Record<string, unknown>): Promise<ActionResult<RenderResult>> {
  try {
    const link = await openShareLink({ token });
    const { result } = await renderShared({ link, values: shareValuesSchema.parse(values) });
    return { ok: true, data: result };
  } catch (error) {
    return actionError(error);
  }
}
