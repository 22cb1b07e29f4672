"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { workspaceAction } from "@/app/_lib/authorized-action";
import { setRemoteImages } from "@/lib/server/workspaces/set-remote-images";

/** Owners only: whether Markdown previews in the current workspace load images from other sites. */
export async function setRemoteImagesAction(allow: boolean) {
  return workspaceAction("workspace.settings", async ({ actor, access }) => {
    const result = await setRemoteImages({ workspaceId: access.workspaceId, actor, allow: z.boolean().parse(allow) });
    revalidatePath("/settings/workspace");
    return result;
  });
}
