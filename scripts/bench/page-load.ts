import { gzipSync } from "node:zlib";
import type { BrowserContext, Page, Request } from "@playwright/test";
import { joinLiveDraft } from "../testing/live-draft-client";
import { DRAFT_TEXT } from "@/lib/core/collab/draft-doc";

/** What one page load cost and when it became usable, in ms from the start of navigation. */
export interface LoadFigures {
  firstPaint: number;
  /**
   * A character typed as soon as the page said it takes typing reached the shared draft (seen by
   * another participant), whichever surface took it: the plain text one or Monaco (editor pages only).
   */
  editable: number | null;
  /** Monaco mounted and bound to the live draft (editor pages only). */
  monaco: number | null;
  /** The token count on screen (editor pages only). */
  tokens: number | null;
  requests: number;
  /** Bytes over the wire, headers included. */
  bytes: number;
  /**
   * JavaScript, gzip-compressed here, in all and before `editable`: files that came over the
   * network only (a module worker asking again for a chunk the page already has is answered by
   * the browser's cache, and counted once).
   */
  jsGzip: number;
  jsGzipBeforeEditable: number;
  /** Each JavaScript file: its path, gzip bytes, and whether it had arrived before `editable`. */
  scripts: { path: string; jsGzip: number; wire: number; beforeEditable: boolean }[];
}

// Runs in the page before its own scripts: notes, against the navigation's clock, the first
// moment the page says the draft takes typing, Monaco bound to it and a token count on screen.
// (A page from before the plain surface has no data-surface: live means Monaco there.)
const PROBE = `(() => {
  const bench = (window.__bench = { live: null, monaco: null, tokens: null });
  const check = () => {
    const now = performance.now();
    if (bench.live === null && document.querySelector('[data-testid="editor"][data-live="ready"]')) bench.live = now;
    if (bench.monaco === null && document.querySelector('[data-testid="editor"][data-live="ready"]:not([data-surface="plain"]) .monaco-editor .view-lines')) bench.monaco = now;
    if (bench.tokens === null && /tokens/.test(document.querySelector('[data-testid="counts"]')?.textContent ?? "")) bench.tokens = now;
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
})();`;

export async function addLoadProbe(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: PROBE });
}

interface Transfer {
  path: string;
  bytes: number;
  /** Body bytes over the network: 0 when the browser's cache answered. */
  wire: number;
  jsGzip: number;
  /** Wall-clock ms when the last byte arrived. */
  end: number;
}

async function transferOf(request: Request): Promise<Transfer> {
  const response = await request.response();
  const sizes = await request.sizes().catch(() => ({ responseBodySize: -1, responseHeadersSize: 0 }));
  const timing = request.timing();
  const js = (response?.headers()["content-type"] ?? "").includes("javascript");
  // Sizes unknown (-1): counted, rather than taken for a cache hit.
  const body = js && sizes.responseBodySize !== 0 ? await response!.body().catch(() => null) : null;
  return {
    path: new URL(request.url()).pathname,
    bytes: Math.max(0, sizes.responseBodySize) + Math.max(0, sizes.responseHeadersSize),
    wire: Math.max(0, sizes.responseBodySize),
    jsGzip: body ? gzipSync(body).length : 0,
    end: timing.startTime + timing.responseEnd,
  };
}

/** Where to watch the draft from: another participant, as a co-editor would see the keystroke. */
export interface DraftWatch {
  url: string;
  cookie: string;
  origin: string;
}

/**
 * Opens `url` in a new page of `context` and measures it. On editor pages (`draft` given) it
 * types a character the moment the page says the draft takes typing, and takes "editable" from
 * when another participant of the live draft received it; it then deletes it again (so the
 * draft is left as it was) and waits for Monaco and the token count.
 */
export async function measureLoad(context: BrowserContext, url: string, { draft }: { draft: DraftWatch | null }): Promise<LoadFigures> {
  const watcher = draft ? joinLiveDraft(draft) : null;
  if (watcher) await watcher.synced;
  const page = await context.newPage();
  const transfers: Promise<Transfer>[] = [];
  // A request still running when the page closes counts for nothing rather than failing the run.
  page.on("requestfinished", (request) => transfers.push(transferOf(request).catch(() => ({ path: "", bytes: 0, wire: 0, jsGzip: 0, end: Infinity }))));
  try {
    await page.goto(url, { waitUntil: "commit" });
    let landedAt: number | null = null;
    if (watcher) {
      landedAt = await typeIntoDraft(page, watcher);
      await page.waitForFunction(() => (window as unknown as { __bench: Probe }).__bench.monaco !== null, null, { timeout: 60_000, polling: 50 });
      await page.waitForFunction(() => (window as unknown as { __bench: Probe }).__bench.tokens !== null, null, { timeout: 60_000, polling: 50 });
    }
    await page.waitForLoadState("networkidle");
    const seen = await page.evaluate(() => {
      const paint = performance.getEntriesByName("first-contentful-paint")[0];
      const bench = (window as unknown as { __bench: Probe }).__bench;
      return { firstPaint: paint?.startTime ?? NaN, origin: performance.timeOrigin, ...bench };
    });
    const done = await Promise.all(transfers);
    const editableAt = landedAt ?? Infinity;
    return {
      firstPaint: seen.firstPaint,
      editable: landedAt === null ? null : landedAt - seen.origin,
      monaco: seen.monaco,
      tokens: seen.tokens,
      requests: done.length,
      bytes: done.reduce((sum, t) => sum + t.bytes, 0),
      jsGzip: done.reduce((sum, t) => sum + t.jsGzip, 0),
      jsGzipBeforeEditable: done.filter((t) => t.end <= editableAt).reduce((sum, t) => sum + t.jsGzip, 0),
      scripts: done.filter((t) => t.jsGzip > 0).map((t) => ({ path: t.path, jsGzip: t.jsGzip, wire: t.wire, beforeEditable: t.end <= editableAt })),
    };
  } finally {
    await page.close();
    watcher?.close();
  }
}

interface Probe {
  live: number | null;
  monaco: number | null;
  tokens: number | null;
}

const MARK = "§";

/**
 * Waits until the page says the draft takes typing, puts the caret at the start of whichever
 * surface is live and types a mark; resolves with the wall-clock time (ms since the epoch, the
 * clock of the page's performance.timeOrigin) at which the other participant received it.
 */
async function typeIntoDraft(page: Page, watcher: ReturnType<typeof joinLiveDraft>): Promise<number> {
  const text = watcher.doc.getText(DRAFT_TEXT);
  if (text.toString().includes(MARK)) throw new Error("the draft already holds the mark");
  let landed = 0;
  const arrived = new Promise<void>((resolve) => {
    const seen = () => {
      if (!text.toString().includes(MARK)) return;
      landed = Date.now();
      text.unobserve(seen);
      resolve();
    };
    text.observe(seen);
  });
  await page.waitForFunction(() => (window as unknown as { __bench: Probe }).__bench.live !== null, null, { timeout: 60_000, polling: "raf" });
  const plain = await page.evaluate(() => {
    // The plain surface while Monaco loads; once Monaco took over, its own text area.
    const field = document.querySelector<HTMLTextAreaElement>('[data-testid="editor"][data-surface="plain"] textarea[data-testid="plain-editor"]');
    if (!field) return false;
    field.focus();
    field.setSelectionRange(0, 0);
    return true;
  });
  if (!plain) await page.locator('[data-testid="editor"] .monaco-editor .view-lines').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press("ControlOrMeta+Home");
  await page.keyboard.type(MARK);
  await Promise.race([arrived, new Promise((_, reject) => setTimeout(() => reject(new Error("the typed mark never reached the draft")), 30_000))]);
  await page.keyboard.press("Backspace");
  const removed = new Promise<void>((resolve) => {
    const gone = () => !text.toString().includes(MARK) && (text.unobserve(gone), resolve());
    text.observe(gone);
    if (!text.toString().includes(MARK)) resolve();
  });
  await removed;
  return landed;
}
