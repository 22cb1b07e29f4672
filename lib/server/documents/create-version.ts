import type { ConflictDetails } from "@/lib/contracts/conflict";
import { saveVersionSchema, type SaveVersionInput } from "@/lib/contracts/documents";
import type { VariableSchema } from "@/lib/core/variables/schema";
import { getDb, type Db, type Tx } from "../db/client";
import { AppError, notFound } from "../errors";
import { invalidateReadCache } from "../cache/read-cache";
import type { AuditActor } from "../access/actor";
import { recordAuditEvent } from "../audit/record-audit-event";
import { publish } from "../events/domain-events";

export interface CreateVersionResult {
  created: boolean;
  number: number;
}

export type { ConflictDetails };

/**
 * Appends the next version to a document, if the edit was based on the newest version;
 * otherwise refuses with `conflict` and the head, so nothing is ever silently overwritten.
 * Saving content identical to the head creates nothing. The number is allocated inside the
 * transaction and guarded by the (documentId, number) unique index.
 */
export async function createVersion({
  db = getDb(),
  input,
  actor,
  fromLiveDraft = false,
}: {
  db?: Db;
  input: SaveVersionInput;
  actor: AuditActor;
  /** Saved from the workbench, whose text is the shared draft: the draft's new base. */
  fromLiveDraft?: boolean;
}): Promise<CreateVersionResult> {
  const parsed = saveVersionSchema.parse(input);
  const { documentId, workspaceId, ...result } = await db.$transaction((tx) => appendVersion(tx, parsed, actor));
  const { content, authorName: byName } = parsed;
  const source = fromLiveDraft ? "draft" : "external";
  if (result.created) await publish("version.saved", { workspaceId, documentId, number: result.number, content, byName, source });
  return result;
}

export async function appendVersion(
  tx: Tx,
  input: { slug: string; content: string; message: string; authorName: string; baseVersion?: number; variables?: VariableSchema },
  actor: AuditActor,
  action: "version.save" | "version.restore" = "version.save",
): Promise<CreateVersionResult & { documentId: string; workspaceId: string }> {
  const { slug, content, message, authorName, baseVersion } = input;
  // A version without a form of its own keeps the form of the version before it.
  const doc = await tx.document.findUnique({
    where: { slug },
    select: {
      id: true,
      workspaceId: true,
      versions: {
        orderBy: { number: "desc" },
        take: 1,
        select: { number: true, content: true, authorName: true, createdAt: true, variables: true },
      },
    },
  });
  if (!doc) throw notFound(`There is no document "${slug}".`);
  const head = doc.versions[0];
  const variables = input.variables ? JSON.stringify(input.variables) : (head?.variables ?? null);
  if (head && head.content === content && head.variables === variables) return { created: false, number: head.number, documentId: doc.id, workspaceId: doc.workspaceId };
  if (head && baseVersion !== undefined && baseVersion !== head.number) {
    const details: ConflictDetails = {
      head: { number: head.number, content: head.content, authorName: head.authorName, createdAt: head.createdAt.toISOString() },
    };
    throw new AppError(
      "conflict",
      `Version ${head.number} was saved by ${head.authorName} after you started from version ${baseVersion}.`,
      details,
    );
  }
  const number = (head?.number ?? 0) + 1;
  await tx.version.create({ data: { documentId: doc.id, number, content, message, authorName, variables } });
  await tx.document.update({ where: { id: doc.id }, data: { updatedAt: new Date() } });
  invalidateReadCache();
  await recordAuditEvent(tx, {
    workspaceId: doc.workspaceId,
    actor,
    action,
    target: slug,
    before: head ? { version: head.number } : undefined,
    after: { version: number, message, authorName },
  });
  return { created: true, number, documentId: doc.id, workspaceId: doc.workspaceId };
}
