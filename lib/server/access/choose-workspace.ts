import type { Permission } from "@/lib/core/access/roles";
import type { Db } from "../db/client";
import { AppError, notFound } from "../errors";
import type { Actor } from "./actor";
import { authorizeWorkspace, type WorkspaceAccess } from "./authorize";

/**
 * The one workspace a workspace-level request acts on (a folder move, the folder tree): the
 * one named, checked like any other (404 outside it, 403 for a role without `permission`), or
 * else the caller's only workspace that allows it (`allowed`, from authorizeWorkspaces).
 */
export async function chooseWorkspace({
  db,
  actor,
  allowed,
  workspaceId,
  permission,
}: {
  db?: Db;
  actor: Actor;
  allowed: readonly WorkspaceAccess[];
  workspaceId: string | undefined;
  permission: Permission;
}): Promise<WorkspaceAccess> {
  if (workspaceId !== undefined) return authorizeWorkspace({ db, actor, workspaceId, permission });
  if (allowed.length === 1) return allowed[0]!;
  if (allowed.length === 0) throw notFound("There is no such workspace.");
  throw new AppError("invalid_input", "You are in several workspaces: say which one with `workspaceId`.", {
    workspaceIds: allowed.map((workspace) => workspace.workspaceId),
  });
}
