"use server";

import type { MoveDocumentInput, MoveFolderInput } from "@/lib/contracts/folders";
import { documentAction, workspaceAction } from "@/app/_lib/authorized-action";
import { moveDocument } from "@/lib/server/documents/move-document";
import { moveFolder } from "@/lib/server/folders/move-folder";

/** "Move to…" and dropping a row on a folder: editors and owners of the document's workspace. */
export async function moveDocumentAction({ slug, ...input }: MoveDocumentInput & { slug: string }) {
  return documentAction(String(slug ?? ""), "document.edit", ({ actor, access }) => moveDocument({ access, input, actor }));
}

/** Moving or renaming a folder from the library's tree, in the workspace the library shows. */
export async function moveFolderAction(input: MoveFolderInput) {
  return workspaceAction("document.edit", ({ actor, access }) => moveFolder({ access, input, actor }));
}
