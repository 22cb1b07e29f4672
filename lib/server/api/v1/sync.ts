import { endpoints } from "@/lib/contracts/api-endpoints";
import { auditActor, authorName } from "../../access/actor";
import { chooseWorkspace } from "../../access/choose-workspace";
import { apiRoute } from "../../http/api-route";
import { listSyncDocuments } from "../../sync/list-sync-documents";
import { pushSyncFiles } from "../../sync/push-sync-files";
import { readSyncVersions } from "../../sync/read-sync-versions";

/** The batched endpoints of `dramatis pull/push/status` (lib/contracts/sync.ts). */

export const syncListHandler = apiRoute(endpoints.syncList, async ({ actor, workspaces, query }) => {
  const { workspaceId } = await chooseWorkspace({ actor, allowed: workspaces, workspaceId: query.workspaceId, permission: endpoints.syncList.permission });
  return listSyncDocuments({ workspaceId, folder: query.folder, label: query.label });
});

export const syncReadHandler = apiRoute(endpoints.syncRead, async ({ actor, workspaces, body }) => {
  const { workspaceId } = await chooseWorkspace({ actor, allowed: workspaces, workspaceId: body.workspaceId, permission: endpoints.syncRead.permission });
  return readSyncVersions({ workspaceId, versions: body.versions });
});

export const syncPushHandler = apiRoute(endpoints.syncPush, async ({ actor, workspaces, body }) => {
  const { workspaceId } = await chooseWorkspace({ actor, allowed: workspaces, workspaceId: body.workspaceId, permission: endpoints.syncPush.permission });
  // The author is whoever authenticated, as for every other save.
  return pushSyncFiles({ workspaceId, actor: auditActor(actor), authorName: authorName(actor), folder: body.folder, message: body.message, files: body.files });
});
