import { createHash } from "node:crypto";
import type { Browser, BrowserContext, Page } from "@playwright/test";
import { OWNER_STATE } from "../../playwright.config";
import { freshRequest } from "../attack-requests";
import { e2eQuery } from "../e2e-database";
import { expect } from "../fixtures";
import { createApiKey, createInviteLink, joinWithInvite, outsider, type Person } from "../team";
import { SLUG } from "./refusals";

/**
 * The attackers and what they hold, each made through the UI as a person would (sign-ups,
 * invites, keys, share links); every spec sets up only those it attacks with. Several specs
 * run at once against one owner's workspace, so each helper finds its own key or link by what
 * only it knows (the key's prefix, the link's token), never by "the newest one".
 */

/**
 * The owner the setup project made, in a browser of its own, with its session cookie. The page
 * confirms every dialog (revoking a key, removing a member ask first).
 */
export async function signedInOwner(browser: Browser): Promise<{ page: Page; cookie: string }> {
  const context = await browser.newContext({ storageState: OWNER_STATE });
  const page = await context.newPage();
  page.on("dialog", (dialog) => void dialog.accept());
  return { page, cookie: await sessionCookie(context) };
}

/** `name=value` of a browser's session cookie, for requests sent outside that browser. */
export async function sessionCookie(context: BrowserContext): Promise<string> {
  const cookie = (await context.cookies()).find((candidate) => candidate.name.endsWith("session_token"));
  if (!cookie) throw new Error("this browser has no session cookie");
  return `${cookie.name}=${cookie.value}`;
}

/** A new person who joined the owner's workspace as a viewer through an invite link. */
export async function invitedViewer(browser: Browser, owner: Page): Promise<Person> {
  return joinWithInvite(browser, await createInviteLink(owner, "viewer"), "sec-viewer");
}

/** Someone who owns another workspace, and an editor API key of that workspace. */
export async function strangerWithKey(browser: Browser): Promise<{ stranger: Person; strangerKey: string }> {
  const stranger = await outsider(browser);
  return { stranger, strangerKey: await createApiKey(stranger.page, "editor") };
}

/** An editor key of the owner's workspace, revoked on the API keys page (`owner` from signedInOwner). */
export async function revokedApiKey(owner: Page): Promise<string> {
  const key = await createApiKey(owner, "editor");
  // The list shows each key by its first ten characters.
  const row = owner.getByTestId("api-key-list").getByRole("row").filter({ hasText: key.slice(0, 10) });
  await row.getByRole("button", { name: "Revoke" }).click();
  await expect(row).toContainText("Revoked");
  return key;
}

/** A new share link of the attacked document, made in its Share dialog: its path (/s/…). */
export async function shareLinkPath(owner: Page): Promise<string> {
  await owner.goto(`/d/${SLUG}`);
  await owner.getByRole("button", { name: /^Share/ }).click();
  const dialog = owner.getByRole("dialog", { name: "Share links" });
  await dialog.getByRole("button", { name: "Create link" }).click();
  return new URL(await dialog.getByLabel("New share link").inputValue()).pathname;
}

/**
 * Sets a column of the share link behind `path`, found by its token's hash: the dialog's rows
 * carry no token, so with other specs making links to the same document at once the UI cannot
 * tell which row is this one.
 */
async function updateShareLink(path: string, column: "revokedAt" | "expiresAt", at: string): Promise<void> {
  const tokenHash = createHash("sha256").update(path.split("/").pop()!).digest("hex");
  await e2eQuery(`UPDATE "ShareLink" SET "${column}" = ? WHERE "tokenHash" = ?`, [at, tokenHash]);
  const [row] = await e2eQuery<{ value: unknown }>(`SELECT "${column}" AS "value" FROM "ShareLink" WHERE "tokenHash" = ?`, [tokenHash]);
  expect(row?.value, `the share link ${path} was ${column === "revokedAt" ? "revoked" : "expired"}`).toBeTruthy();
}

export async function revokedShareLink(owner: Page): Promise<string> {
  const path = await shareLinkPath(owner);
  await updateShareLink(path, "revokedAt", new Date().toISOString().replace("Z", "+00:00"));
  return path;
}

export async function expiredShareLink(owner: Page): Promise<string> {
  const path = await shareLinkPath(owner);
  // The server's clock cannot be moved from here, so the link's expiry is moved instead.
  await updateShareLink(path, "expiresAt", "2000-01-01T00:00:00.000+00:00");
  return path;
}

/** Requests with no cookies at all, as a script on another machine sends them. */
export const anonymousRequests = freshRequest;
