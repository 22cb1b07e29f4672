"use server";

import type { CreateDocumentInput } from "@/lib/contracts/documents";
import { workspaceAction } from "@/app/_lib/authorized-action";
import { createDocument } from "@/lib/server/documents/create-document";

export async function createDocumentAction(input: Omit<CreateDocumentInput, "authorName">) {
  return workspaceAction("document.create", ({ user, actor, access }) =>
    createDocument({ workspaceId: access.workspaceId, actor, input: { ...input, authorName: user.name } }),
  );
}
