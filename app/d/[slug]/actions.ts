"use server";

import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/contracts/action-result";
import { restoreVersionSchema, saveVersionSchema, type SaveVersionInput, type UpdateDocumentInput } from "@/lib/contracts/documents";
import type { SetLabelInput } from "@/lib/contracts/labels";
import type { SavePresetInput } from "@/lib/contracts/presets";
import { restoreDraftSnapshotSchema, type RestoreDraftSnapshotInput } from "@/lib/contracts/drafts";
import type { CreateShareLinkInput } from "@/lib/contracts/share-links";
import { createShareLink } from "@/lib/server/share-links/create-share-link";
import { revokeShareLink } from "@/lib/server/share-links/revoke-share-link";
import type { Dialect } from "@/lib/core/template";
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

export async function saveVersionAction({ slug, ...input }: SaveVersionInput & { slug: string }): Promise<ActionResult<CreateVersionResult>> {
  return documentAction(slug, "document.edit", async ({ user, actor, access }) => {
    const parsed = saveVersionSchema.parse(input);
    // The workbench's text is the document's shared draft: everyone who changed it since its
    // base is named on the version (read from the draft on the server, never from the request).
    await assertNotArchived({ access });
    const draft = await readLiveDraft({ documentId: access.documentId });
    const coAuthors = draft?.meta.editors ?? [];
    return createVersion({ access, input: parsed, authorName: user.name, actor, fromLiveDraft: true, coAuthors });
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
    await assertNotArchived({ access });
    const result = await restoreDraftSnapshot({ access, snapshotId: parsed.data.id, byName: user.name });
    revalidatePath(`/d/${input.slug}`);
    return result;
  });
}

export async function setLabelAction({ slug, ...input }: SetLabelInput & { slug: string }) {
  return documentAction(slug, "label.move", async ({ user, actor, access }) => {
    await assertNotArchived({ access });
    const result = await setLabel({ access, input, actorName: user.name, actor });
    revalidatePath(`/d/${slug}`);
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

export async function restoreVersionAction({ slug, ...input }: { slug: string; version: number }) {
  return documentAction(slug, "document.edit", async ({ user, actor, access }) => {
    await assertNotArchived({ access });
    return restoreVersion({ access, version: restoreVersionSchema.parse(input).version, authorName: user.name, actor });
  });
}

export async function updateDocumentAction({ slug, ...input }: UpdateDocumentInput & { slug: string }) {
  return documentAction(slug, "document.edit", ({ actor, access }) => updateDocument({ access, input, actor }));
}

export async function setArchivedAction(slug: string, archived: boolean) {
  return documentAction(slug, "document.edit", ({ actor, access }) => setArchived({ access, archived: archived === true, actor }));
}

/** The newest text of documents that a preview includes (`{{> slug}}`), from the same workspace. */
export async function loadIncludesAction(slug: string, slugs: string[], dialect?: Dialect) {
  return documentAction(slug, "document.read", ({ access }) =>
    loadIncludeSources({ workspaceId: access.workspaceId, slugs: slugs.slice(0, 50), dialect }),
  );
}

// Test cases are personal: each belongs to whoever saved it (the session's person).
export async function savePresetAction({ slug, ...input }: SavePresetInput & { slug: string }) {
  return documentAction(slug, "preset.write", ({ user, access }) => savePreset({ access, input, owner: { id: user.id, name: user.name } }));
}

export async function deletePresetAction(slug: string, name: string) {
  return documentAction(slug, "preset.write", ({ user, access }) => deletePreset({ access, name: String(name), userId: user.id }));
}

export async function deleteDocumentAction(slug: string) {
  return documentAction(slug, "document.delete", ({ actor, access }) => deleteDocument({ access, actor }));
}

export async function createShareLinkAction({ slug, ...input }: CreateShareLinkInput & { slug: string }) {
  return documentAction(slug, "share.manage", async ({ actor, access }) => {
    const created = await createShareLink({ access, actor, input });
    revalidatePath(`/d/${slug}`);
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
