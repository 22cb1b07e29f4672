"use server";

import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/contracts/action-result";
import type { SaveVersionInput, UpdateDocumentInput } from "@/lib/contracts/documents";
import type { SetLabelInput } from "@/lib/contracts/labels";
import type { SavePresetInput } from "@/lib/contracts/presets";
import type { Dialect } from "@/lib/core/template";
import { deletePreset } from "@/lib/server/presets/delete-preset";
import { savePreset } from "@/lib/server/presets/save-preset";
import { setArchived } from "@/lib/server/documents/archive-document";
import { createVersion, type CreateVersionResult } from "@/lib/server/documents/create-version";
import { deleteDocument } from "@/lib/server/documents/delete-document";
import { loadIncludeSources } from "@/lib/server/documents/load-include-sources";
import { restoreVersion } from "@/lib/server/documents/restore-version";
import { updateDocument } from "@/lib/server/documents/update-document";
import { actionError } from "@/lib/server/http/action-error";
import { setLabel } from "@/lib/server/labels/set-label";

/** Runs a use case for a form: its result, or a failure the form can show. */
async function run<T>(work: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await work() };
  } catch (error) {
    return actionError(error);
  }
}

export async function saveVersionAction(input: SaveVersionInput): Promise<ActionResult<CreateVersionResult>> {
  return run(() => createVersion({ input }));
}

export async function setLabelAction(input: SetLabelInput) {
  return run(async () => {
    const result = await setLabel({ input });
    revalidatePath(`/d/${input.slug}`);
    return result;
  });
}

export async function restoreVersionAction(input: { slug: string; version: number; authorName: string }) {
  return run(() => restoreVersion({ input }));
}

export async function updateDocumentAction(input: UpdateDocumentInput) {
  return run(() => updateDocument({ input }));
}

export async function setArchivedAction(slug: string, archived: boolean) {
  return run(() => setArchived({ slug, archived }));
}

/** The newest text of documents that a preview includes (`{{> slug}}`). */
export async function loadIncludesAction(slugs: string[], dialect?: Dialect) {
  return run(() => loadIncludeSources({ slugs: slugs.slice(0, 50), dialect }));
}

export async function savePresetAction(input: SavePresetInput) {
  return run(() => savePreset({ input }));
}

export async function deletePresetAction(slug: string, name: string) {
  return run(() => deletePreset({ slug, name }));
}

export async function deleteDocumentAction(slug: string) {
  return run(() => deleteDocument({ slug }));
}
