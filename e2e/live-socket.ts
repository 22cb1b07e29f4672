import { joinLiveDraft } from "../scripts/bench/live-draft-client";
import { DRAFT_TEXT } from "../lib/core/collab/draft-doc";

/**
 * Joins a live draft over a raw websocket with someone's cookies (no browser, no UI to hide
 * buttons), waits for the server's state and then tries to insert `text` at the start.
 * Resolves with how the server ended the connection, or "open" if it let the write through.
 */
export async function writeThroughSocket({ url, cookie, origin, text }: { url: string; cookie: string; origin: string; text: string }) {
  const participant = joinLiveDraft({ url, cookie, origin });
  await participant.synced;
  participant.change((doc) => doc.getText(DRAFT_TEXT).insert(0, text));
  // A server that accepted the change would simply keep the connection open.
  const outcome = await Promise.race([participant.closed, new Promise<"open">((resolve) => setTimeout(() => resolve("open"), 2_000))]);
  participant.close();
  return { closeCode: outcome };
}
