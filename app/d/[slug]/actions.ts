"use server";

import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/contracts/action-result";
import type { SaveVersionInput, UpdateDocumentInput } from "@/lib/contracts/documents";
import type { SetLabelInput } from "@/lib/contracts/labels";
import type { SavePresetInput } from "@/lib/contracts/presets";
import { restoreDraftSnapshotSchema, type RestoreDraftSnapshotInput } from "@/lib/contracts/drafts";
import type { CreateShareLinkInput } from "@/lib/contracts/share-links";
import { createShareLink } from "@/lib/server/share-links/create-share-link";
import { revokeShareLink } from "@/lib/server/share-links/revoke-share-link";
import type { Dialect } from "@/lib/core/template";
import { can } from "@/lib/core/access/roles";
import { documentAction } from "@/app/_lib/authorized-action";
import { deletePreset } from "@/lib/server/presets/delete-preset";
import { savePreset } from "@/lib/server/presets/save-preset";
import { setArchived } from "@/lib/server/documents/archive-document";
import { assertNotArchived } from "@/lib/server/documents/assert-not-archived";
import { createVersion, type CreateVersionResult } from "@/lib/server/documents/create-version";
import { deleteDocument } from "@/lib/server/documents/delete-document";
import { loadIncludeSources } from "@/lib/server/documents/load-include-sources";
import { restoreVersion } from "@/lib/server/documents/restore-version";
import { readLiveDraft } from "@/lib/server/collab/read-live-draft";
import { restoreDraftSnapshot } from "@/lib/server/collab/restore-draft-snapshot";
import { AppError } from "@/lib/server/errors";
import { updateDocument } from "@/lib/server/documents/update-document";
import { setLabel } from "@/lib/server/labels/set-label";
import { setLabelProtection } from "@/lib/server/labels/set-label-protection";

// Each action names the permission it needs; documentAction checks it against the signed-in
// person's role in the document's workspace. Names shown in history come from the session.

export async function saveVersionAction(input: Omit<SaveVersionInput, "authorName">): Promise<ActionResult<CreateVersionResult>> {
  return documentAction(input.slug, "document.edit", async ({ user, actor, access }) => {
    // The workbench's text is the document's shared draft: everyone who changed it since its
    // base is named on the version (read from the draft on the server, never from the request).
    await assertNotArchived({ documentId: access.documentId });
    const draft = await readLiveDraft({ documentId: access.documentId });
    const coAuthors = draft?.meta.editors ?? [];
    return createVersion({ input: { ...input, authorName: user.name }, actor, fromLiveDraft: true, coAuthors });
  });
}

/** Before a restore: whether the live draft holds changes that are in no version, and whose. */
export async function liveDraftChangesAction(slug: string) {
  return documentAction(slug, "document.read", async ({ access }) => {
    const draft = await readLiveDraft({ documentId: access.documentId });
    return { differs: draft?.differs ?? false, editors: draft?.differs ? draft.meta.editors : [] };
  });
}

/** Brings a kept draft back into the live draft; the draft it replaces is kept first. */
export async function restoreDraftSnapshotAction(input: RestoreDraftSnapshotInput) {
  const parsed = restoreDraftSnapshotSchema.safeParse(input);
  return documentAction(String(input?.slug ?? ""), "document.edit", async ({ user, access }) => {
    if (!parsed.success) throw new AppError("invalid_input", "That is not a draft of this document.");
    await assertNotArchived({ documentId: access.documentId });
    const result = await restoreDraftSnapshot({ access, snapshotId: parsed.data.id, byName: user.name });
    revalidatePath(`/d/${input.slug}`);
    return result;
  });
}

export async function setLabelAction(input: Omit<SetLabelInput, "actorName">) {
  return documentAction(input.slug, "label.move", async ({ user, actor, access }) => {
    await assertNotArchived({ documentId: access.documentId });
    const result = await setLabel({ input: { ...input, actorName: user.name }, actor, role: access.role });
    revalidatePath(`/d/${input.slug}`);
    return result;
  });
}

export async function setLabelProtectionAction(slug: string, name: string, isProtected: boolean) {
  return documentAction(slug, "label.protect", async ({ actor, access }) => {
    const result = await setLabelProtection({ access, actor, name, isProtected });
    revalidatePath(`/d/${slug}`);
    return result;
  });
}

export async function restoreVersionAction(input: { slug: string; version: number }) {
  return documentAction(input.slug, "document.edit", async ({ user, actor, access }) => {
    await assertNotArchived({ documentId: access.documentId });
    return restoreVersion({ input: { ...input, authorName: user.name }, actor });
  });
}

export async function updateDocumentAction(input: UpdateDocumentInput) {
  return documentAction(input.slug, "document.edit", ({ actor }) => updateDocument({ input, actor }));
}

export async function setArchivedAction(slug: string, archived: boolean) {
  return documentAction(slug, "document.edit", ({ actor }) => setArchived({ slug, archived, actor }));
}

/** The newest text of documents that a preview includes (`{{> slug}}`), from the same workspace. */
export async function loadIncludesAction(slug: string, slugs: string[], dialect?: Dialect) {
  return documentAction(slug, "document.read", ({ access }) =>
    loadIncludeSources({ workspaceId: access.workspaceId, slugs: slugs.slice(0, 50), dialect }),
  );
}

// Test cases are personal: each belongs to whoever saved it (the session's person).
export async function savePresetAction(input: SavePresetInput) {
  return documentAction(input.slug, "preset.write", ({ user }) => savePreset({ input, owner: { id: user.id, name: user.name } }));
}

export async function deletePresetAction(slug: string, name: string) {
  return documentAction(slug, "preset.write", ({ user, access }) =>
    deletePreset({ slug, name, userId: user.id, mayDeleteShared: can(access.role, "document.edit") }),
  );
}

export async function deleteDocumentAction(slug: string) {
  return documentAction(slug, "document.delete", ({ actor }) => deleteDocument({ slug, actor }));
}

export async function createShareLinkAction(input: CreateShareLinkInput) {
  return documentAction(input.slug, "share.manage", async ({ actor, access }) => {
    const created = await createShareLink({ access, actor, input });
    revalidatePath(`/d/${input.slug}`);
    return created;
  });
}

export async function revokeShareLinkAction(slug: string, id: string) {
  return documentAction(slug, "share.manage", async ({ actor, access }) => {
    const revoked = await revokeShareLink({ access, actor, id });
    revalidatePath(`/d/${slug}`);
    return revoked;
  });
}
