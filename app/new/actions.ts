"use server";

import type { ActionResult } from "@/lib/contracts/action-result";
import type { CreateDocumentInput } from "@/lib/contracts/documents";
import { createDocument } from "@/lib/server/documents/create-document";
import { actionError } from "@/lib/server/http/action-error";

export async function createDocumentAction(input: CreateDocumentInput): Promise<ActionResult<{ slug: string }>> {
  try {
    return { ok: true, data: await createDocument({ input }) };
  } catch (error) {
    return actionError(error);
  }
}
