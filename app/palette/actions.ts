"use server";

import { userAction, workspaceAction } from "@/app/_lib/authorized-action";
import { documentLookupSchema } from "@/lib/contracts/palette";
import { authorizeWorkspaces } from "@/lib/server/access/authorize-workspaces";
import { lookupDocuments } from "@/lib/server/documents/lookup-documents";
import { lookupFolders } from "@/lib/server/folders/lookup-folders";

/** The command palette's document lookup: every workspace the person may read, and no other. */
export async function lookupDocumentsAction(query: string) {
  return userAction(async ({ user }) => {
    const text = documentLookupSchema.parse(typeof query === "string" ? query : "");
    const readable = await authorizeWorkspaces({ actor: user, permission: "document.read" });
    return lookupDocuments({ workspaceIds: readable.map((access) => access.workspaceId), query: text });
  });
}

/** The palette's folders: those of the workspace the library shows, where a folder link leads. */
export async function lookupFoldersAction(query: string) {
  return workspaceAction("document.read", async ({ access }) =>
    lookupFolders({ access, query: documentLookupSchema.parse(typeof query === "string" ? query : "") }),
  );
}
