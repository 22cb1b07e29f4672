import type { ConflictDetails } from "@/lib/contracts/conflict";
import type { SaveVersion } from "@/lib/contracts/documents";
import { coAuthorsOf } from "@/lib/core/collab/draft-history";
import type { VariableSchema } from "@/lib/core/variables/schema";
import { getDb, type Db, type Tx } from "../db/client";
import { AppError, notFound } from "../errors";
import type { AuditActor } from "../access/actor";
import type { DocumentAccess } from "../access/authorize";
import { theDocument } from "../access/scope";
import { recordAuditEvent } from "../audit/record-audit-event";
import { publish } from "../events/domain-events";
import { parseVariableSchema } from "./variable-schema-column";
import { newestVersionSummary } from "./version-summary";

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
  access,
  input,
  authorName,
  actor,
  fromLiveDraft = false,
  coAuthors = [],
}: {
  db?: Db;
  access: DocumentAccess;
  /** Already parsed with saveVersionSchema by the caller's wrapper (API route or server action). */
  input: SaveVersion;
  /** The name the version is recorded under: the session's person or the API key's (actor.ts). */
  authorName: string;
  actor: AuditActor;
  /** Saved from the workbench, whose text is the shared draft: the draft's new base. */
  fromLiveDraft?: boolean;
  /** The others whose edits to the live draft this save includes (read by the caller from the draft). */
  coAuthors?: string[];
}): Promise<CreateVersionResult> {
  const { documentId, workspaceId, variables, ...result } = await db.$transaction((tx) =>
    appendVersion(tx, access, { ...input, authorName, coAuthors }, actor),
  );
  const source = fromLiveDraft ? "draft" : "external";
  if (result.created) await publish("version.saved", { workspaceId, documentId, number: result.number, content: input.content, authorName, source, variables });
  return result;
}

export async function appendVersion(
  tx: Tx,
  /** The document, from its authorization (or, for imports, found inside the workspace). */
  document: Pick<DocumentAccess, "documentId" | "workspaceId" | "slug">,
  input: {
    content: string;
    message: string;
    authorName: string;
    baseVersion?: number;
    variables?: VariableSchema;
    coAuthors?: string[];
  },
  actor: AuditActor,
  action: "version.save" | "version.restore" = "version.save",
): Promise<CreateVersionResult & { documentId: string; workspaceId: string; variables: VariableSchema }> {
  const { content, message, authorName, baseVersion } = input;
  const { slug } = document;
  const coAuthors = coAuthorsOf(input.coAuthors ?? [], authorName);
  // A version without a form of its own keeps the form of the version before it.
  const doc = await tx.document.findUnique({
    where: theDocument(document),
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
  const form = parseVariableSchema(variables);
  if (head && head.content === content && head.variables === variables) return { created: false, number: head.number, documentId: doc.id, workspaceId: doc.workspaceId, variables: form };
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
  const created = await tx.version.create({
    data: { documentId: doc.id, number, content, message, authorName, variables, coAuthors: JSON.stringify(coAuthors) },
    select: { createdAt: true },
  });
  await tx.document.update({
    where: { id: doc.id },
    data: { updatedAt: new Date(), ...newestVersionSummary({ number, content, authorName, createdAt: created.createdAt }) },
  });
  await recordAuditEvent(tx, {
    workspaceId: doc.workspaceId,
    actor,
    action,
    target: slug,
    before: head ? { version: head.number } : undefined,
    after: { version: number, message, authorName, ...(coAuthors.length > 0 ? { coAuthors } : {}) },
  });
  return { created: true, number, documentId: doc.id, workspaceId: doc.workspaceId, variables: form };
}
