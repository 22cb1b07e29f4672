import type { Page } from "@playwright/test";
import { expect } from "./fixtures";

/** Waits for Monaco to render the document, then returns its visible text area. */
export async function editorLines(page: Page) {
  const lines = page.getByTestId("editor").locator(".monaco-editor .view-lines");
  await expect(lines).toBeVisible();
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
