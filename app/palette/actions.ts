"use server";

import { userAction } from "@/app/_lib/authorized-action";
import { documentLookupSchema } from "@/lib/contracts/palette";
import { authorizeWorkspaces } from "@/lib/server/access/authorize-workspaces";
import { lookupDocuments } from "@/lib/server/documents/lookup-documents";

/** The command palette's document lookup: every workspace the person may read, and no other. */
export async function lookupDocumentsAction(query: string) {
  return userAction(async ({ user }) => {
    const text = documentLookupSchema.parse(typeof query === "string" ? query : "");
    const readable = await authorizeWorkspaces({ actor: user, permission: "document.read" });
    return lookupDocuments({ workspaceIds: readable.map((access) => access.workspaceId), query: text });
  });
}
