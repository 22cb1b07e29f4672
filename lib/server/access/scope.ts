import type { DocumentAccess } from "./authorize";

/**
 * Where-clauses built from an access, so a use case cannot forget half of it: the document is
 * matched by its id *and* its workspace, rows below it (versions, labels, presets, share
 * links…) by the document id *and* the document's workspace. A document id from another
 * workspace therefore finds nothing.
 */
type Scope = Pick<DocumentAccess, "documentId" | "workspaceId">;

export function theDocument(access: Scope): { id: string; workspaceId: string } {
  return { id: access.documentId, workspaceId: access.workspaceId };
}

export function ofTheDocument(access: Scope): { documentId: string; document: { workspaceId: string } } {
  return { documentId: access.documentId, document: { workspaceId: access.workspaceId } };
}
