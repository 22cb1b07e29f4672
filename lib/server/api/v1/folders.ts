import { endpoints } from "@/lib/contracts/api-endpoints";
import { auditActor } from "../../access/actor";
import { chooseWorkspace } from "../../access/choose-workspace";
import { moveDocument } from "../../documents/move-document";
import { listFolders } from "../../folders/list-folders";
import { moveFolder } from "../../folders/move-folder";
import { apiRoute } from "../../http/api-route";

export const moveDocumentHandler = apiRoute(endpoints.moveDocument, async ({ actor, access, body }) =>
  moveDocument({ access, input: body, actor: auditActor(actor) }),
);

export const listFoldersHandler = apiRoute(endpoints.listFolders, async ({ actor, workspaces, query }) => {
  const access = await chooseWorkspace({ actor, allowed: workspaces, workspaceId: query.workspaceId, permission: endpoints.listFolders.permission });
  const tree = await listFolders({ access, archived: query.archived === "true" });
  return {
    workspaceId: access.workspaceId,
    rootDocuments: tree.rootDirect,
    totalDocuments: tree.total,
    folders: tree.folders.map(({ path, name, depth, direct, total }) => ({ path, name, depth, documents: direct, totalDocuments: total })),
  };
});

export const moveFolderHandler = apiRoute(endpoints.moveFolder, async ({ actor, workspaces, body }) => {
  const { workspaceId, ...input } = body;
  const access = await chooseWorkspace({ actor, allowed: workspaces, workspaceId, permission: endpoints.moveFolder.permission });
  return moveFolder({ access, input, actor: auditActor(actor) });
});
