import type { BrowserContext, Page, WebSocketRoute } from "@playwright/test";
import { expect } from "./fixtures";

/**
 * Waits for Monaco to render the document (and, on the workbench, to join the live draft,
 * before which it is read-only, and to take over from the plain surface), then returns its
 * visible text area.
 */
// Monaco loads after the page; with several browsers open on CI's two cores that has taken over 10 s.
export async function editorLines(page: Page, { timeout = 30_000 }: { timeout?: number } = {}) {
  const editor = page.getByTestId("editor");
  const lines = editor.locator(".monaco-editor .view-lines");
  await expect(lines).toBeVisible({ timeout });
  await expect(editor).not.toHaveAttribute("data-live", "loading", { timeout });
  // The plain surface takes typing first; Monaco is the editor once it has taken over.
  await expect(editor).not.toHaveAttribute("data-surface", "plain", { timeout });
  return lines;
}

/** Types at the very start of the document, where the text stays in view. */
export async function typeAtStart(page: Page, text: string) {
  const lines = await editorLines(page);
  await lines.click();
  await page.keyboard.press("ControlOrMeta+Home");
  await page.keyboard.type(text);
}

/** A name no other test (or earlier run) uses, so parallel tests never share documents. */
export function uniqueName(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}`;
}

/**
 * Saves the next version through the HTTP API with the page's session (as an application or a
 * script would, outside the live draft): `edit` turns the newest version's text into the new one.
 */
export async function saveThroughApi(page: Page, slug: string, edit: (content: string) => string): Promise<number> {
  const latest = await page.request.get(`/api/v1/documents/${slug}/versions/latest`);
  expect(latest.status()).toBe(200);
  const head = (await latest.json()) as { number: number; content: string };
  const origin = new URL(page.url()).origin;
  const saved = await page.request.post(`/api/v1/documents/${slug}/versions`, {
    headers: { origin },
    data: { content: edit(head.content), baseVersion: head.number, message: "From a script" },
  });
  expect(saved.status()).toBe(201);
  return ((await saved.json()) as { number: number }).number;
}

/**
 * Lets a test drop this browser's live-draft connections and keep them down, as a lost network
 * would (Chromium's offline emulation leaves open websockets alone). Install before the page
 * connects.
 */
export async function cuttableLiveDraft(context: BrowserContext) {
  let down = false;
  const open = new Set<WebSocketRoute>();
  await context.routeWebSocket(/\/collab\//, (socket) => {
    if (down) return void socket.close({ code: 4000, reason: "offline" });
    socket.connectToServer();
    open.add(socket);
  });
  return {
    async cut() {
      down = true;
      // Sockets first: once offline, their closing handshake would never complete.
      await Promise.all([...open].map((socket) => socket.close({ code: 4000, reason: "offline" })));
      open.clear();
      await context.setOffline(true);
    },
    async restore() {
      down = false;
      await context.setOffline(false);
    },
  };
}
