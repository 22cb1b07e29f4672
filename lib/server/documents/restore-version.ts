import type { AuditActor } from "../access/actor";
import type { DocumentAccess } from "../access/authorize";
import { ofTheDocument } from "../access/scope";
import { getDb, type Db } from "../db/client";
import { notFound } from "../errors";
import { publish } from "../events/domain-events";
import { appendVersion } from "./create-version";
import { parseVariableSchema } from "./variable-schema-column";

/**
 * Makes an old version current by saving its content as a new version ("Restored from v3").
 * History is never rewritten; restoring content equal to the head creates nothing, but
 * still brings the shared draft back to that text.
 */
export async function restoreVersion({
  db = getDb(),
  access,
  version,
  authorName,
  actor,
}: {
  db?: Db;
  access: DocumentAccess;
  /** The number of the version to restore (parsed by the caller with restoreVersionSchema). */
  version: number;
  authorName: string;
  actor: AuditActor;
}) {
  const { documentId, workspaceId, content, variables, ...result } = await db.$transaction(async (tx) => {
    const old = await tx.version.findFirst({ where: { ...ofTheDocument(access), number: version }, select: { content: true, variables: true } });
    if (!old) throw notFound(`Document "${access.slug}" has no version ${version}.`);
    const message = `Restored from v${version}`;
    // The old version's form comes back with its text (a version without one keeps the newest form).
    const form = old.variables ? parseVariableSchema(old.variables) : undefined;
    const saved = await appendVersion(tx, access, { content: old.content, message, authorName, variables: form }, actor, "version.restore");
    return { ...saved, content: old.content };
  });
  // Everyone editing the document sees the restored text and form in the shared draft, whose
  // replaced text the live draft keeps in its history first (it subscribes to this event).
  await publish("version.saved", {
    workspaceId,
    documentId,
    number: result.number,
    content,
    authorName,
    source: "restore",
    variables,
    restoredFrom: version,
  });
  return result;
}
