import { endpoints } from "@/lib/contracts/api-endpoints";
import { auditActor, authorName } from "../../access/actor";
import { apiRoute } from "../../http/api-route";
import { chooseSyncWorkspace } from "../../sync/choose-workspace";
import { listSyncDocuments } from "../../sync/list-sync-documents";
import { pushSyncFiles } from "../../sync/push-sync-files";
import { readSyncVersions } from "../../sync/read-sync-versions";

/** The batched endpoints of `dramatis pull/push/status` (lib/contracts/sync.ts). */

export const syncListHandler = apiRoute(endpoints.syncList, async ({ workspaces, query }) => {
  const { workspaceId } = chooseSyncWorkspace(workspaces, query.workspace);
  return listSyncDocuments({ workspaceId, folder: query.folder, label: query.label });
});

export const syncReadHandler = apiRoute(endpoints.syncRead, async ({ workspaces, body }) => {
  const { workspaceId } = chooseSyncWorkspace(workspaces, body.workspace);
  return readSyncVersions({ workspaceId, versions: body.versions });
});

export const syncPushHandler = apiRoute(endpoints.syncPush, async ({ actor, workspaces, body }) => {
  const { workspaceId } = chooseSyncWorkspace(workspaces, body.workspace);
  // The author is whoever authenticated, as for every other save.
  return pushSyncFiles({ workspaceId, actor: auditActor(actor), authorName: authorName(actor), message: body.message, files: body.files });
});
