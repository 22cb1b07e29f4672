import type { WorkspaceAccess } from "../access/authorize";
import { AppError, notFound } from "../errors";

/**
 * The one workspace a sync call acts in, among those the caller's role allows: an API key has
 * exactly one; a person in several must name it. A workspace the caller cannot use answers
 * like one that does not exist.
 */
export function chooseSyncWorkspace(allowed: readonly WorkspaceAccess[], requested: string | undefined): WorkspaceAccess {
  if (requested !== undefined) {
    const found = allowed.find((workspace) => workspace.workspaceId === requested);
    if (!found) throw notFound("There is no such workspace.");
    return found;
  }
  if (allowed.length === 1) return allowed[0]!;
  if (allowed.length === 0) throw notFound("You are not a member of any workspace.");
  throw new AppError("invalid_input", "You belong to several workspaces: name one with `workspace` (its id).");
}
