import type { SyncPushOutcome } from "@/lib/contracts/sync";
import type { AuditActor } from "../access/actor";
import { getDb, type Db } from "../db/client";
import { publish } from "../events/domain-events";
import { pushSyncFile, type PushFile } from "./push-sync-file";

/**
 * Saves the files of one `dramatis push`, each in its own transaction so one conflict or
 * rejected file leaves the others saved, and says per file what happened. Events go out after
 * each commit, as every other save's do.
 */
export async function pushSyncFiles({
  db = getDb(),
  workspaceId,
  actor,
  authorName,
  folder,
  message,
  files,
}: {
  db?: Db;
  workspaceId: string;
  actor: AuditActor;
  authorName: string;
  /** The library folder the pushed folder mirrors: new files' paths are below it. */
  folder: string;
  message: string;
  files: readonly PushFile[];
}): Promise<{ results: SyncPushOutcome[] }> {
  const results: SyncPushOutcome[] = [];
  const seen = new Set<string>();
  for (const file of files) {
    if (file.id !== undefined && seen.has(file.id)) {
      results.push({ path: file.path, outcome: "rejected", id: file.id, message: "Two files of this push name the same document." });
      continue;
    }
    if (file.id !== undefined) seen.add(file.id);
    const { outcome, events } = await db.$transaction((tx) => pushSyncFile(tx, { workspaceId, actor, authorName, folder, message }, file));
    for (const event of events) {
      if (event.name === "version.saved") await publish("version.saved", event.payload);
      else await publish("document.changed", event.payload);
    }
    results.push(outcome);
  }
  return { results };
}
