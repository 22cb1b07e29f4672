import { OWNER_STATE } from "../playwright.config";
import { expect, test } from "./fixtures";
import { OWNER } from "./team";

test("first run: the first visitor creates the owner account and gets the example documents", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/setup$/);
  const form = page.getByRole("form", { name: "Create account" });
  await form.getByLabel("Your name").fill(OWNER.name);
  await form.getByLabel("Email").fill(OWNER.email);
  await form.getByLabel("Password").fill("short");
  await form.getByLabel("Workspace name").fill("Prompt team");
  await form.getByRole("button", { name: "Create the owner account" }).click();
  await expect(form.getByText("At least 10 characters", { exact: true })).toBeVisible();

  await form.getByLabel("Password").fill(OWNER.password);
  await form.getByRole("button", { name: "Create the owner account" }).click();
  await expect(page.getByTestId("library-list")).toContainText("Code review guide");
  await expect(page.getByTestId("signed-in-as")).toHaveText(OWNER.name);
  await expect(page.getByRole("combobox", { name: "Workspace" })).toContainText("Prompt team");

  // Setup happens once: afterwards the page sends people to sign in.
  await page.context().clearCookies();
  await page.goto("/setup");
  await expect(page).toHaveURL(/\/sign-in$/);

  await page.getByLabel("Email").fill(OWNER.email);
  await page.getByLabel("Password").fill(OWNER.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("library-list")).toBeVisible();
  await page.context().storageState({ path: OWNER_STATE });
});
