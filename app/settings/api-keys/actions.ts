"use server";

import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/contracts/action-result";
import { createApiKey } from "@/lib/server/api-keys/create-api-key";
import { revokeApiKey } from "@/lib/server/api-keys/revoke-api-key";
import { actionError } from "@/lib/server/http/action-error";

export async function createApiKeyAction(name: string): Promise<ActionResult<{ key: string; name: string }>> {
  try {
    const created = await createApiKey({ input: { name } });
    revalidatePath("/settings/api-keys");
    return { ok: true, data: { key: created.key, name: created.name } };
  } catch (error) {
    return actionError(error);
  }
}

export async function revokeApiKeyAction(id: string): Promise<ActionResult<{ id: string }>> {
  try {
    await revokeApiKey({ id });
    revalidatePath("/settings/api-keys");
    return { ok: true, data: { id } };
  } catch (error) {
    return actionError(error);
  }
}
