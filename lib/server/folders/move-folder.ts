import { can, refusal } from "@/lib/core/access/roles";
import { folderPathProblem, isInsideFolder, reparentFolder } from "@/lib/core/folders/folder-path";
import { moveFolderSchema, type MoveFolderInput } from "@/lib/contracts/folders";
import type { AuditActor } from "../access/actor";
import type { WorkspaceAccess } from "../access/authorize";
import { recordAuditEvent } from "../audit/record-audit-event";
import { getDb, type Db } from "../db/client";
import { publish } from "../events/domain-events";
import { AppError, forbidden, notFound } from "../errors";
import { folderCounts } from "./folder-counts";

/**
 * Moves (renames) a folder with every document in it and below, archived ones too, in one
 * transaction: `agents/backend` to `services` turns `agents/backend/db` into `services/db`.
 * Moving into an existing folder merges the two. Slugs stay, so `/d/<slug>` links keep working.
 */
export async function moveFolder({
  db = getDb(),
  access,
  input,
  actor,
}: {
  db?: Db;
  access: WorkspaceAccess;
  input: MoveFolderInput;
  actor: AuditActor;
}): Promise<{ from: string; to: string; documents: number }> {
  if (!can(access.role, "document.edit")) throw forbidden(refusal(access.role, "document.edit"));
  const { from, to } = moveFolderSchema.parse(input);
  if (isInsideFolder(to, from) && to !== from) throw new AppError("invalid_input", `“${from}” cannot move into a folder inside itself.`);
  const { workspaceId } = access;
  const documents = await db.$transaction(async (tx) => {
    // One row per distinct folder inside `from`; each is rewritten with one update.
    const inside = (await folderCounts({ db: tx, workspaceIds: [workspaceId], archived: "all" })).filter(({ folder }) => isInsideFolder(folder, from));
    if (inside.length === 0) throw notFound(`There is no folder “${from}”.`);
    if (from === to) return 0;
    for (const { folder } of inside) {
      const target = reparentFolder(folder, from, to);
      const problem = folderPathProblem(target);
      if (problem) throw new AppError("invalid_input", `Moving “${from}” to “${to}” would make “${target}”: ${problem}`);
      await tx.document.updateMany({ where: { workspaceId, folder }, data: { folder: target } });
    }
    const moved = inside.reduce((sum, { count }) => sum + count, 0);
    await recordAuditEvent(tx, { workspaceId, actor, action: "folder.move", target: from, before: { folder: from }, after: { folder: to, documents: moved } });
    return moved;
  });
  if (documents > 0) await publish("folder.moved", { workspaceId, from, to, documents });
  return { from, to, documents };
}
