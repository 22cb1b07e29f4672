import type { Browser } from "@playwright/test";
import { removeDatabase, startAppServer } from "../scripts/testing/app-server";
import { expect, test } from "./fixtures";
import { cuttableLiveDraft, editorLines } from "./helpers";
import { createNumberedDocument, editorText, typeOnLine, viewport } from "./live-draft";
import { OWNER } from "./team";

// A server of this test's own, on its own database, so it can be stopped and started again.
const PORT = Number(process.env.E2E_PORT ?? 3100) + 1;
const BASE = `http://localhost:${PORT}`;
const DATABASE_URL = "file:test-results/restart.db";

async function signedInOwner(browser: Browser) {
  const context = await browser.newContext({ baseURL: BASE, viewport, storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto("/setup");
  const form = page.getByRole("form", { name: "Create account" });
  await form.getByLabel("Your name").fill(OWNER.name);
  await form.getByLabel("Email").fill(OWNER.email);
  await form.getByLabel("Password").fill(OWNER.password);
  await form.getByLabel("Workspace name").fill("Restarts");
  await form.getByRole("button", { name: "Create the owner account" }).click();
  await expect(page.getByTestId("library-list")).toBeVisible();
  return { context, page };
}

test("a server restart mid-session loses nothing: the stored draft survives, browsers merge back what they hold, and a crash keeps every edit anyone saw", async ({ browser }) => {
  test.setTimeout(120_000);
  removeDatabase(DATABASE_URL);
  let server = await startAppServer({ port: PORT, databaseUrl: DATABASE_URL });
  try {
    const writer = await signedInOwner(browser);
    const network = await cuttableLiveDraft(writer.context);
    const path = await createNumberedDocument(writer.page, 2);
    const session = await writer.context.storageState();
    const openReader = async () => {
      const context = await browser.newContext({ baseURL: BASE, viewport, storageState: session });
      const page = await context.newPage();
      await page.goto(path);
      await editorLines(page);
      return { context, page };
    };
    const first = await openReader();

    // Acknowledged: another browser has seen it, so the server had it.
    await typeOnLine(writer.page, 1, [" before the restart"]);
    await expect.poll(() => editorText(first.page)).toBe("line 1: before the restart\nline 2:");

    // Nobody can send the text again (the writer is cut off, the reader gone), so only what
    // the server stored can bring it back.
    await network.cut();
    await first.context.close();
    await server.stop();
    server = await startAppServer({ port: PORT, databaseUrl: DATABASE_URL });
    const { context: reader, page: readerPage } = await openReader();
    await expect.poll(() => editorText(readerPage)).toBe("line 1: before the restart\nline 2:");

    // Typed while disconnected, then the connection comes back: merged.
    await typeOnLine(writer.page, 2, [" while cut off"]);
    await network.restore();
    await expect(writer.page.getByTestId("connection-state")).toHaveAttribute("data-state", "connected", { timeout: 15_000 });
    await expect.poll(() => editorText(readerPage)).toBe("line 1: before the restart\nline 2: while cut off");

    // A crash right after a keystroke, before the draft was written: the writer's browser
    // still holds it and sends it again when the server is back.
    await typeOnLine(writer.page, 1, ["!"]);
    await server.crash();
    server = await startAppServer({ port: PORT, databaseUrl: DATABASE_URL });
    await expect(writer.page.getByTestId("connection-state")).toHaveAttribute("data-state", "connected", { timeout: 15_000 });
    await expect.poll(() => editorText(readerPage), { timeout: 15_000 }).toBe("line 1: before the restart!\nline 2: while cut off");

    // Acknowledged means stored: killed the moment another browser shows a keystroke; then that
    // browser is closed and the writer cut off, so only the stored draft can bring it back.
    await typeOnLine(writer.page, 2, ["#"]);
    await expect.poll(() => editorText(readerPage), { intervals: [5] }).toBe("line 1: before the restart!\nline 2: while cut off#");
    await server.crash();
    await network.cut();
    await reader.close();
    server = await startAppServer({ port: PORT, databaseUrl: DATABASE_URL });
    const { context: last, page: lastPage } = await openReader();
    await expect.poll(() => editorText(lastPage)).toBe("line 1: before the restart!\nline 2: while cut off#");
    await last.close();
    await writer.context.close();
  } finally {
    await server.stop();
  }
});
