import type { Browser, Page } from "@playwright/test";
import { OWNER_STATE } from "../playwright.config";
import { editorLines, uniqueName } from "./helpers";

// Wide enough that no typed line wraps: the text is read back from the rendered lines.
export const viewport = { width: 1920, height: 1080 };

/** A new document whose lines are numbered, so each typist gets a line of their own. */
export async function createNumberedDocument(page: Page, lines: number): Promise<string> {
  await page.goto("/new");
  await page.getByLabel("Title").fill(uniqueName("Live"));
  await page.getByLabel("Format").selectOption("plain");
  await page.getByRole("button", { name: "Create document" }).click();
  await (await editorLines(page)).click();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type(Array.from({ length: lines }, (_, i) => `line ${i + 1}:`).join("\n"));
  return new URL(page.url()).pathname;
}

/** The editor's whole text, line by line in document order (Monaco renders spaces as nbsp). */
export async function editorText(page: Page): Promise<string> {
  return page.getByTestId("editor").evaluate((editor) =>
    [...editor.querySelectorAll<HTMLElement>(".view-line")]
      .sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top))
      .map((line) => (line.textContent ?? "").replace(/\u00a0/g, " "))
      .join("\n"),
  );
}

/** Another browser of the owner's on the same document. */
export async function openAsOwner(browser: Browser, path: string) {
  const context = await browser.newContext({ storageState: OWNER_STATE, viewport });
  const page = await context.newPage();
  await page.goto(path);
  await editorLines(page);
  return { context, page };
}

/** Browsers joining one after another, which loads the machine less than all at once. */
export async function openManyAsOwner(browser: Browser, path: string, count: number) {
  const opened: Awaited<ReturnType<typeof openAsOwner>>[] = [];
  for (let i = 0; i < count; i++) opened.push(await openAsOwner(browser, path));
  return opened;
}

/** Puts the cursor at the end of line `line` and types `tokens` one keystroke at a time. */
export async function typeOnLine(page: Page, line: number, tokens: string[]) {
  await (await editorLines(page)).click();
  await page.keyboard.press("ControlOrMeta+Home");
  for (let i = 1; i < line; i++) await page.keyboard.press("ArrowDown");
  await page.keyboard.press("End");
  for (const token of tokens) await page.keyboard.type(token, { delay: 5 });
}
