import { createShareLinkSchema, describeShareTarget, type CreateShareLinkInput } from "@/lib/contracts/share-links";
import type { AuditActor } from "../access/actor";
import type { DocumentAccess } from "../access/authorize";
import { ofTheDocument, theDocument } from "../access/scope";
import { recordAuditEvent } from "../audit/record-audit-event";
import { getDb, type Db } from "../db/client";
import { notFound } from "../errors";
import { generateToken, hashToken } from "../security/tokens";

/** Creates a share link for a document the caller may share; the token is returned once. */
export async function createShareLink({
  db = getDb(),
  access,
  actor,
  input,
}: {
  db?: Db;
  access: DocumentAccess;
  actor: AuditActor & { id: string };
  input: CreateShareLinkInput;
}) {
  const parsed = createShareLinkSchema.parse(input);
  const { target } = parsed;
  const token = generateToken("shr");
  const expiresAt = parsed.expiresInHours === null ? null : new Date(Date.now() + parsed.expiresInHours * 3_600_000);
  return db.$transaction(async (tx) => {
    if (!(await tx.document.count({ where: theDocument(access) }))) throw notFound(`There is no document "${access.slug}".`);
    if (target.kind === "version") {
      const exists = await tx.version.count({ where: { ...ofTheDocument(access), number: target.version } });
      if (!exists) throw notFound(`This document has no version ${target.version}.`);
    }
    if (target.kind === "label") {
      const exists = await tx.label.count({ where: { ...ofTheDocument(access), name: target.label } });
      if (!exists) throw notFound(`This document has no label “${target.label}”.`);
    }
    const link = await tx.shareLink.create({
      data: {
        documentId: access.documentId,
        tokenHash: hashToken(token),
        target: target.kind,
        versionNumber: target.kind === "version" ? target.version : null,
        labelName: target.kind === "label" ? target.label : null,
        access: parsed.access,
        values: JSON.stringify(parsed.values),
        expiresAt,
        creatorId: actor.id,
        creatorName: actor.name,
      },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      workspaceId: access.workspaceId,
      actor,
      action: "share_link.create",
      target: access.slug,
      after: { link: link.id, shows: describeShareTarget(target), access: parsed.access, expiresAt },
    });
    return { id: link.id, token, path: `/s/${token}` };
  });
}
