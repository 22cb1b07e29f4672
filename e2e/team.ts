import type { Browser, BrowserContext, Page } from "@playwright/test";
import { expect } from "./fixtures";
import { uniqueName } from "./helpers";

/** The owner the setup project creates; every other test starts signed in as them. */
export const OWNER = { name: "Olive Owner", email: "olive@example.com", password: "olive-password-1" };

export interface Person {
  name: string;
  email: string;
  context: BrowserContext;
  page: Page;
}

/** A person in a fresh browser (no shared cookies), signed up through the UI. */
async function signUpAt(browser: Browser, path: string, label: string): Promise<Person> {
  const name = uniqueName(label);
  const email = `${name}@example.com`;
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto(path);
  await page.getByLabel("Your name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(`${name}-password`);
  await page.getByRole("button", { name: "Create account" }).click();
  return { name, email, context, page };
}

/** Someone with an account and a workspace of their own (and nothing else). */
export async function outsider(browser: Browser): Promise<Person> {
  const person = await signUpAt(browser, "/sign-up", "outsider");
  await expect(person.page).toHaveURL(/\/workspaces\/new$/);
  await person.page.getByLabel("Workspace name").fill(`${person.name} space`);
  await person.page.getByRole("button", { name: "Create workspace" }).click();
  await expect(person.page.getByText("No documents yet")).toBeVisible();
  return person;
}

/** The owner's page makes an invite link for `role`; the link as shown once. */
export async function createInviteLink(ownerPage: Page, role: "viewer" | "editor" | "owner"): Promise<string> {
  await ownerPage.goto("/settings/members");
  await ownerPage.getByLabel("Invite role").selectOption(role);
  await ownerPage.getByRole("button", { name: "Create invite link" }).click();
  const link = await ownerPage.getByLabel("Invite link").inputValue();
  expect(link).toMatch(/\/invite\/inv_[\w-]{43}$/);
  return link;
}

/** A new person opens an invite link, creates an account from it and joins. */
export async function joinWithInvite(browser: Browser, link: string, label: string): Promise<Person> {
  const path = new URL(link).pathname;
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto(path);
  await page.getByRole("link", { name: "Create an account to join" }).click();
  await context.close();
  const person = await signUpAt(browser, `/sign-up?next=${encodeURIComponent(path)}`, label);
  await expect(person.page).toHaveURL(new RegExp(`${path}$`));
  await person.page.getByRole("button", { name: /^Join as/ }).click();
  await expect(person.page.getByTestId("library-list")).toBeVisible();
  return person;
}

/** Creates an API key on the API keys page of the page's current workspace. */
export async function createApiKey(page: Page, role: "viewer" | "editor"): Promise<string> {
  await page.goto("/settings/api-keys");
  await page.getByLabel("Key name").fill(uniqueName(`${role}-key`));
  await page.getByLabel("Key role").selectOption(role);
  await page.getByRole("button", { name: "Create key" }).click();
  const key = await page.getByTestId("new-api-key").inputValue();
  expect(key).toMatch(/^drm_/);
  return key;
}
