import { expect, test } from "./fixtures";
import { editorLines } from "./helpers";
import { createDocument } from "./pages";

test("the problem count opens a list: each problem with its line and why it matters; choosing one jumps there", async ({ page }) => {
  await page.goto(`/d/${await createDocument(page)}`);
  const lines = await editorLines(page);
  await lines.click();
  await page.keyboard.press("ControlOrMeta+End");
  await page.keyboard.type("\n\nsecond {{#broken");
  await page.keyboard.press("Escape");
  await page.keyboard.type("}}");
  const count = page.getByTestId("problem-count");
  await expect(count).toHaveText(/^\d+ problems?$/);

  await count.click();
  await expect(count).toHaveAttribute("aria-expanded", "true");
  const list = page.getByRole("region", { name: "Problems" });
  const first = list.getByRole("button").first();
  await expect(first).toBeFocused();
  // Listed with the line the message names (the new document's text ends with a newline).
  await expect(first).toHaveText(/opened on line (\d+)\b[\s\S]*Why it matters:[\s\S]*Line \1$/);
  const line = Number(/Line (\d+)$/.exec((await first.textContent()) ?? "")?.[1]);

  await page.keyboard.press("Enter");
  const textarea = page.getByTestId("editor").getByRole("textbox");
  await expect(textarea).toBeFocused();
  // F8 in the editor opens the next problem in place (Monaco's marker navigation).
  await page.keyboard.press("F8");
  await expect(page.locator(".monaco-editor .marker-widget")).toBeVisible();
  await page.keyboard.press("Escape");
  // The cursor went to the problem's line: what is typed now lands there.
  await page.keyboard.type("Z");
  await expect(lines.locator(".view-line").nth(line - 1)).toContainText("Z");

  await count.click();
  await count.click();
  await expect(list.getByRole("button").first()).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(list).toHaveCount(0);
  await expect(count).toBeFocused();
});
