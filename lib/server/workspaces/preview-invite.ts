import { getDb, type Db } from "../db/client";
import { isAppError } from "../errors";
import { readOpenInvite, type OpenInvite } from "./read-invite";

/** What an invite page shows before joining: the workspace and role, or why the link no longer works. */
export async function previewInvite({ db = getDb(), token }: { db?: Db; token: string }): Promise<{ ok: true; invite: OpenInvite } | { ok: false; message: string }> {
  try {
    return { ok: true, invite: await db.$transaction((tx) => readOpenInvite(tx, token)) };
  } catch (error) {
    if (isAppError(error) && (error.code === "gone" || error.code === "not_found")) return { ok: false, message: error.message };
    throw error;
  }
}
