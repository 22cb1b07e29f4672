"use server";

import type { ActionResult } from "@/lib/contracts/action-result";
import type { SaveVersionInput } from "@/lib/contracts/documents";
import { createVersion, type CreateVersionResult } from "@/lib/server/documents/create-version";
import { actionError } from "@/lib/server/http/action-error";

export async function saveVersionAction(input: SaveVersionInput): Promise<ActionResult<CreateVersionResult>> {
  try {
    return { ok: true, data: await createVersion({ input }) };
  } catch (error) {
    return actionError(error);
  }
}
