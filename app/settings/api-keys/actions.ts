"use server";

import { revalidatePath } from "next/cache";
import type { ApiKeyRole } from "@/lib/core/access/roles";
import { workspaceAction } from "@/app/_lib/authorized-action";
import { createApiKey } from "@/lib/server/api-keys/create-api-key";
import { revokeApiKey } from "@/lib/server/api-keys/revoke-api-key";

export async function createApiKeyAction(name: string, role: ApiKeyRole) {
  return workspaceAction("workspace.api_keys", async ({ actor, access }) => {
    const created = await createApiKey({ workspaceId: access.workspaceId, actor, input: { name, role } });
    revalidatePath("/settings/api-keys");
    return { key: created.key, name: created.name };
  });
}

export async function revokeApiKeyAction(id: string) {
  return workspaceAction("workspace.api_keys", async ({ actor, access }) => {
    await revokeApiKey({ workspaceId: access.workspaceId, actor, id });
    revalidatePath("/settings/api-keys");
    return { id };
  });
}
