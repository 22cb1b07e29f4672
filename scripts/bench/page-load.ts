import { gzipSync } from "node:zlib";
import type { BrowserContext, Page, Request } from "@playwright/test";

/** What one page load cost and when it became usable, in ms from the start of navigation. */
export interface LoadFigures {
  firstPaint: number;
  /** Monaco mounted and bound to the live draft, and a typed character reached it (editor pages only). */
  editable: number | null;
  /** The token count on screen (editor pages only). */
  tokens: number | null;
  requests: number;
  /** Bytes over the wire, headers included. */
  bytes: number;
  /** JavaScript, gzip-compressed here (the server does not compress), in all and before `editable`. */
  jsGzip: number;
  jsGzipBeforeEditable: number;
}

// Runs in the page before its own scripts: notes, against the navigation's clock, the first
// moment the editor is live and the first moment a token count shows.
const PROBE = `(() => {
  const bench = (window.__bench = { editable: null, tokens: null });
  const check = () => {
    const now = performance.now();
    if (bench.editable === null && document.querySelector('[data-testid="editor"][data-live="ready"] .monaco-editor .view-lines')) bench.editable = now;
    if (bench.tokens === null && /tokens/.test(document.querySelector('[data-testid="counts"]')?.textContent ?? "")) bench.tokens = now;
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
})();`;

export async function addLoadProbe(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: PROBE });
}

interface Transfer {
  bytes: number;
  jsGzip: number;
  /** Wall-clock ms when the last byte arrived. */
  end: number;
}

async function transferOf(request: Request): Promise<Transfer> {
  const response = await request.response();
  const sizes = await request.sizes().catch(() => ({ responseBodySize: 0, responseHeadersSize: 0 }));
  const timing = request.timing();
  const js = (response?.headers()["content-type"] ?? "").includes("javascript");
  const body = js ? await response!.body().catch(() => null) : null;
  return {
    bytes: Math.max(0, sizes.responseBodySize) + Math.max(0, sizes.responseHeadersSize),
    jsGzip: body ? gzipSync(body).length : 0,
    end: timing.startTime + timing.responseEnd,
  };
}

/**
 * Opens `url` in a new page of `context` and measures it. On editor pages (`editor: true`) it
 * waits for the live editor and the token count, then proves the editor takes typing (a
 * character typed and deleted again, so the draft is left as it was).
 */
export async function measureLoad(context: BrowserContext, url: string, { editor }: { editor: boolean }): Promise<LoadFigures> {
  const page = await context.newPage();
  const transfers: Promise<Transfer>[] = [];
  // A request still running when the page closes counts for nothing rather than failing the run.
  page.on("requestfinished", (request) => transfers.push(transferOf(request).catch(() => ({ bytes: 0, jsGzip: 0, end: Infinity }))));
  try {
    await page.goto(url);
    if (editor) {
      await page.waitForFunction(() => (window as unknown as { __bench: { editable: number | null } }).__bench.editable !== null, null, { timeout: 60_000, polling: 50 });
      await provesTyping(page);
      await page.waitForFunction(() => (window as unknown as { __bench: { tokens: number | null } }).__bench.tokens !== null, null, { timeout: 60_000, polling: 50 });
    }
    await page.waitForLoadState("networkidle");
    const seen = await page.evaluate(() => {
      const paint = performance.getEntriesByName("first-contentful-paint")[0];
      const bench = (window as unknown as { __bench: { editable: number | null; tokens: number | null } }).__bench;
      return { firstPaint: paint?.startTime ?? NaN, origin: performance.timeOrigin, ...bench };
    });
    const done = await Promise.all(transfers);
    const editableAt = seen.editable === null ? Infinity : seen.origin + seen.editable;
    return {
      firstPaint: seen.firstPaint,
      editable: seen.editable,
      tokens: seen.tokens,
      requests: done.length,
      bytes: done.reduce((sum, t) => sum + t.bytes, 0),
      jsGzip: done.reduce((sum, t) => sum + t.jsGzip, 0),
      jsGzipBeforeEditable: done.filter((t) => t.end <= editableAt).reduce((sum, t) => sum + t.jsGzip, 0),
    };
  } finally {
    await page.close();
  }
}

async function provesTyping(page: Page): Promise<void> {
  const lines = page.locator('[data-testid="editor"] .monaco-editor .view-lines');
  await lines.click({ position: { x: 5, y: 5 } });
  await page.keyboard.press("ControlOrMeta+Home");
  await page.keyboard.type("§");
  await page.waitForFunction(() => document.querySelector('[data-testid="editor"] .view-lines')?.textContent?.includes("§"), null, { timeout: 10_000 });
  await page.keyboard.press("Backspace");
}
