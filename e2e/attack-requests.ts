import { request as httpRequest } from "node:http";
import type { APIResponse, Page } from "@playwright/test";
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

/** A raw request, for what Playwright's client cannot send: chunked bodies, broken escapes. */
export function rawRequest(
  path: string,
  { method = "GET", headers = {}, chunks = 0, chunkBytes = 256 * 1024 }: { method?: string; headers?: Record<string, string>; chunks?: number; chunkBytes?: number },
): Promise<{ response: APIResponse; sentWhenAnswered: number }> {
  const { port } = new URL(String(test.info().project.use.baseURL));
  return new Promise((resolve, reject) => {
    let sent = 0;
    let answered = false;
    const req = httpRequest({ host: "localhost", port, path, method, headers }, (res) => {
      answered = true;
      const sentWhenAnswered = sent;
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => {
        // Shaped like Playwright's response, so refused() checks and counts it.
        const response = { status: () => res.statusCode ?? 0, text: async () => body, url: () => path, headers: () => res.headers } as unknown as APIResponse;
        resolve({ response, sentWhenAnswered });
      });
    });
    // A server that refuses from the headers may close the socket while this side still writes;
    // that EPIPE can come before its answer is read, so give the answer a moment to arrive.
    req.on("error", (error: NodeJS.ErrnoException) => {
      if (answered) return;
      if (error.code === "EPIPE" || error.code === "ECONNRESET") setTimeout(() => (answered ? undefined : reject(error)), 2_000);
      else reject(error);
    });
    const chunk = Buffer.alloc(chunkBytes, 0x61);
    const pump = () => {
      while (!answered && sent < chunks * chunkBytes) {
        sent += chunkBytes;
        if (!req.write(chunk)) return void req.once("drain", pump);
      }
      if (!answered) req.end();
    };
    // The headers go first; a refusal the server can make from them alone arrives before any
    // body is sent (as with Expect: 100-continue). Writing into a socket the server has already
    // closed would otherwise race its answer (EPIPE on a loaded machine).
    req.flushHeaders();
    // A declared body that is never sent: the server must answer from the headers alone.
    const declaresBody = Number(headers["content-length"] ?? 0) > 0;
    if (chunks === 0 && !declaresBody) pump();
    else setTimeout(() => (answered ? undefined : pump()), chunks === 0 ? 5_000 : 1_000);
  });
}
