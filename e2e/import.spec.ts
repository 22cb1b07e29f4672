import { expect, test } from "./fixtures";
import { uniqueName } from "./helpers";

test("importing a file through the UI creates a document, and importing it again changes nothing", async ({ page }) => {
  const name = uniqueName("imported");
  const file = {
    name: `${name}.md`,
    mimeType: "text/markdown",
    buffer: Buffer.from(`# Imported persona ${name}\r\n\r\nYou answer in haiku.\r\n`),
  };
  await page.goto("/");
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await page.getByTestId("import-input").setInputFiles(file);
  const results = page.getByRole("list", { name: "Import results" });
  await expect(results).toContainText("Created");
  await expect(results).toContainText(`/d/${name}`);

  await page.getByTestId("import-input").setInputFiles(file);
  await expect(results).toContainText("Unchanged");
  await page.getByRole("button", { name: "Done" }).click();

  await page.getByRole("link", { name: `Imported persona ${name}` }).click();
  await expect(page.getByTestId("version-list").getByRole("listitem")).toHaveCount(1);
  await expect(page.getByTestId("editor")).toContainText("You answer in haiku.");
});

test("a binary file is rejected with a reason, and nothing is created", async ({ page }) => {
  const name = uniqueName("picture");
  await page.goto("/");
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await page.getByTestId("import-input").setInputFiles({
    name: `${name}.txt`,
    mimeType: "text/plain",
    buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]),
  });
  const results = page.getByRole("list", { name: "Import results" });
  await expect(results).toContainText("Rejected");
  await expect(results).toContainText(/binary/i);
  await page.getByRole("button", { name: "Done" }).click();
  await page.reload();
  await expect(page.getByTestId("library-list")).not.toContainText(name);
});
