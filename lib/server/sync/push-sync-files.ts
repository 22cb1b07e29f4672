import type { SyncPushOutcome } from "@/lib/contracts/sync";
import type { AuditActor } from "../access/actor";
import { getDb, type Db } from "../db/client";
import { publish } from "../events/domain-events";
import { pushSyncFile, type PushEvent, type PushFile } from "./push-sync-file";

/**
 * Files saved per transaction. One commit per file made a 100-file push spend most of its time
 * syncing the SQLite journal; one per request would hold the write lock for a whole 200-file
 * batch. A conflict or rejection is an outcome, not an error, so it never undoes the others.
 */
const FILES_PER_TRANSACTION = 10;

/**
 * Saves the files of one `dramatis push` and says per file what happened. Events go out after
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
  const accepted: PushFile[] = [];
  const duplicates = new Map<PushFile, SyncPushOutcome>();
  for (const file of files) {
    if (file.id !== undefined && seen.has(file.id)) duplicates.set(file, { path: file.path, outcome: "rejected", id: file.id, message: "Two files of this push name the same document." });
    else accepted.push(file);
    if (file.id !== undefined) seen.add(file.id);
  }
  const saved = new Map<PushFile, SyncPushOutcome>();
  for (let start = 0; start < accepted.length; start += FILES_PER_TRANSACTION) {
    const group = accepted.slice(start, start + FILES_PER_TRANSACTION);
    const events: PushEvent[] = [];
    await db.$transaction(
      async (tx) => {
        for (const file of group) {
          const pushed = await pushSyncFile(tx, { workspaceId, actor, authorName, folder, message }, file);
          saved.set(file, pushed.outcome);
          events.push(...pushed.events);
        }
      },
      // Ten 2 MB files merged three ways on a loaded machine can pass the default 5 s.
      { timeout: 30_000 },
    );
    for (const event of events) {
      if (event.name === "version.saved") await publish("version.saved", event.payload);
      else await publish("document.changed", event.payload);
    }
  }
  for (const file of files) results.push(duplicates.get(file) ?? saved.get(file)!);
  return { results };
}
