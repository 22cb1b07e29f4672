import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { createTitledDocument } from "./pages";
import { uniqueName } from "./helpers";

/** Sets a document's tags through its row menu in the library. */
async function tagFromLibrary(page: Page, slug: string, title: string, tags: string) {
  await page.goto("/");
  const menu = rowOf(page, slug).getByRole("button", { name: "Move, tags and settings" });
  await expect(menu).toHaveAccessibleDescription(title);
  await menu.click();
  const dialog = page.getByRole("dialog", { name: title });
  await dialog.getByLabel("Tags").fill(tags);
  await dialog.getByRole("button", { name: "Save tags" }).click();
  await expect(dialog).toBeHidden();
}

const rowOf = (page: Page, slug: string) => page.getByTestId("library-list").getByRole("row").filter({ hasText: slug });
const tagFilter = (page: Page, tag: string) => page.getByRole("navigation", { name: "Filter by tag" }).getByTestId("tag-filter").filter({ hasText: new RegExp(`^${tag} `) });

test("tags are chips, filter the library several at once through the address, and are counted", async ({ page }) => {
  // Tags unique to this test, so other tests' documents never change the counts.
  const run = uniqueName("t").toLowerCase();
  const [red, blue] = [`red-${run}`, `blue-${run}`];
  const both = uniqueName("Tagged both");
  const redOnly = uniqueName("Tagged red");
  const bothSlug = await createTitledDocument(page, both);
  const redSlug = await createTitledDocument(page, redOnly);
  const plainSlug = await createTitledDocument(page, uniqueName("Untagged"));

  await tagFromLibrary(page, bothSlug, both, `${red}, ${blue}`);
  await tagFromLibrary(page, redSlug, redOnly, red);

  await page.goto("/");
  await expect(rowOf(page, bothSlug).getByTestId("tag-chips").getByRole("link")).toHaveText([red, blue]);
  await expect(rowOf(page, redSlug).getByTestId("tag-chips").getByRole("link")).toHaveText([red]);
  await expect(tagFilter(page, red)).toHaveText(new RegExp(`^${red} 2`));
  await expect(tagFilter(page, blue)).toHaveText(new RegExp(`^${blue} 1`));

  // One tag: both tagged documents, not the untagged one.
  await tagFilter(page, red).click();
  await expect(page).toHaveURL(new RegExp(`\\?tag=${red}$`));
  await expect(page.getByTestId("library-list").getByRole("row")).toHaveCount(2);
  await expect(rowOf(page, plainSlug)).toHaveCount(0);
  await expect(tagFilter(page, red)).toHaveAttribute("aria-current", "true");

  // A second tag narrows to the document carrying both.
  await tagFilter(page, blue).click();
  await expect(page).toHaveURL(new RegExp(`\\?tag=${red}&tag=${blue}$`));
  await expect(page.getByTestId("library-list").getByRole("row")).toHaveCount(1);
  await expect(rowOf(page, bothSlug)).toHaveCount(1);
  await expect(page.getByText(`1 document tagged “${red}” and “${blue}”`)).toBeVisible();

  // The same view from a typed address; turning a tag off widens it again.
  await page.goto(`/?tag=${blue}&tag=${red}`);
  await expect(page.getByTestId("library-list").getByRole("row")).toHaveCount(1);
  await tagFilter(page, blue).click();
  await expect(page.getByTestId("library-list").getByRole("row")).toHaveCount(2);

  // Removing a tag in the row menu updates chips and counts.
  await tagFromLibrary(page, redSlug, redOnly, "");
  await expect(rowOf(page, redSlug).getByTestId("tag-chips")).toHaveCount(0);
  await expect(tagFilter(page, red)).toHaveText(new RegExp(`^${red} 1`));

  // The document header shows them too, each leading back to the filtered library.
  await page.goto(`/d/${bothSlug}`);
  await page.getByRole("main").getByTestId("tag-chips").getByRole("link", { name: blue }).click();
  await expect(page).toHaveURL(new RegExp(`\\?tag=${blue}$`));
  await expect(page.getByTestId("library-list").getByRole("row")).toHaveCount(1);
});

test("a tag filter nothing matches says so and offers to clear it", async ({ page }) => {
  const missing = uniqueName("nothing").toLowerCase();
  await page.goto(`/?tag=${missing}`);
  await expect(page.getByText(`No documents tagged “${missing}”`)).toBeVisible();
  await page.getByRole("link", { name: "Clear the filter" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByTestId("library-list")).toBeVisible();
});
