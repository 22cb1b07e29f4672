import type { APIResponse, Page } from "@playwright/test";
import { sendRawRequest } from "../lib/server/testing/raw-http-request";
import { test } from "./fixtures";

// Requests the security suite sends the way an attacker's script would, not a browser.

/**
 * The next server action the page calls while `trigger` runs, as a function that calls it again
 * with other arguments through the page's own session: what a script would do, bypassing the UI.
 */
export async function captureAction(page: Page, trigger: () => Promise<unknown>) {
  const [request] = await Promise.all([
    page.waitForRequest((candidate) => candidate.method() === "POST" && Boolean(candidate.headers()["next-action"])),
    trigger(),
  ]);
  const sent = await request.allHeaders();
  const headers = Object.fromEntries(
    ["next-action", "next-router-state-tree", "content-type", "accept", "origin"].filter((name) => sent[name]).map((name) => [name, sent[name]!]),
  );
  return (args: unknown[]) => page.request.post(request.url(), { headers, data: JSON.stringify(args) });
}

export async function freshRequest(baseURL: string) {
  const { request } = await import("@playwright/test");
  return request.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
}

/** A raw request to the e2e server, for what Playwright's client cannot send: chunked bodies, broken escapes. */
export async function rawRequest(
  path: string,
  { method = "GET", headers = {}, chunks = 0, chunkBytes = 256 * 1024 }: { method?: string; headers?: Record<string, string>; chunks?: number; chunkBytes?: number },
): Promise<{ response: APIResponse; sentWhenAnswered: number }> {
  const port = Number(new URL(String(test.info().project.use.baseURL)).port);
  // The headers go first; a refusal the server can make from them alone arrives before any body
  // is sent. Writing into a socket the server has already closed would otherwise race its answer
  // (EPIPE on a loaded machine). A declared body that is never sent waits longer: the server must
  // answer from the headers alone.
  const answer = await sendRawRequest({ host: "localhost", port, path, method, headers, chunks, chunkBytes, headStartMs: chunks === 0 ? 5_000 : 1_000 });
  // Shaped like Playwright's response, so refused() checks and counts it.
  const response = { status: () => answer.status, text: async () => answer.body, url: () => path, headers: () => answer.headers } as unknown as APIResponse;
  return { response, sentWhenAnswered: answer.sentWhenAnswered };
}
