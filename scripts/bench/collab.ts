import { fork } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { chromium, type Browser, type Page } from "@playwright/test";
import pg from "pg";
import { WebSocketServer } from "ws";
import { createDb } from "@/lib/server/db/client";
import { prepareDatabase } from "@/lib/server/db/prepare-database";
import { importDocumentFile } from "@/lib/server/documents/import-document-file";
import { removeDatabase, startAppServer } from "../testing/app-server";
import { joinLiveDraft } from "../testing/live-draft-client";
import { signUpOwner } from "../testing/sign-up-owner";
import { viewerSyncCost } from "./viewer-sync-cost";
import { buildIfStale } from "../dev/build-if-stale";

/**
 * npm run bench:collab — live-draft propagation: from a keystroke in one browser to the text
 * appearing in another browser's editor, p50 and p95 over 200 keystrokes (a character typed,
 * then deleted, so the measured line never wraps), with 2 and with 10
 * editors connected (Chromium, production build, loopback). Baseline: the same pages passing
 * the keystroke through a bare websocket relay (no Yjs, no editor), measured in this run.
 *
 * With 10 editors, the 8 beyond the two measuring browsers are protocol-level participants:
 * real connections that receive every change, without a browser each. Ten Chromium pages
 * re-rendering the workbench on one 2-core machine measure the machine, not the propagation;
 * BENCH_ALL_BROWSERS=1 runs that variant too.
 *
 * Then the same with the 10 editors split across two instances on one PostgreSQL (a browser on
 * each; needs BENCH_PG_URL or TEST_POSTGRESQL_URL, else skipped with a line saying so).
 *
 * Then the server's memory per open document with 10 participants each, read in a process
 * that runs only the live-draft socket; and what a viewer's sync messages cost on a 2 MB draft.
 */
const PORT = 3350;
const RELAY_PORT = 3351;
const MEMORY_PORT = 3352;
const BASE = `http://localhost:${PORT}`;
const DB_URL = "file:test-results/bench-collab.db";
const EDITS = Number(process.env.BENCH_EDITS ?? 200);
const MEMORY_DOCUMENTS = 20;
const corpusDir = process.env.PERSONA_CORPUS_DIR ?? path.resolve("../shared/personas");

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: quantile(sorted, 0.5), p95: quantile(sorted, 0.95), n: sorted.length };
}

/** `count` editors; the i-th on `bases[i % bases.length]` (an instance). */
async function openEditors(browser: Browser, cookie: string, slug: string, count: number, bases = [BASE]): Promise<Page[]> {
  return Promise.all(
    Array.from({ length: count }, async (_, index) => {
      // The baseline relay listens on another port, which the app's CSP (connect-src 'self')
      // rightly refuses; the benchmark's own instrumentation is let through.
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, bypassCSP: true });
      await context.addCookies(cookie.split("; ").map((pair) => ({ name: pair.split("=")[0]!, value: pair.slice(pair.indexOf("=") + 1), domain: "localhost", path: "/" })));
      // Notes when the first live-draft message of an edit arrives, to split the delay into
      // transport (sender, server, network) and the receiving page (Yjs, editor rendering).
      await context.addInitScript(() => {
        const Native = window.WebSocket;
        const w = window as unknown as { __firstMessage: number };
        window.WebSocket = class extends Native {
          constructor(url: string | URL, protocols?: string | string[]) {
            super(url, protocols);
            if (!String(url).includes("/collab/")) return;
            this.addEventListener("message", () => {
              if (!w.__firstMessage) w.__firstMessage = performance.timeOrigin + performance.now();
            });
          }
        } as typeof WebSocket;
      });
      const page = await context.newPage();
      await page.goto(`${bases[index % bases.length]}/d/${slug}`);
      await page.locator('[data-testid="editor"][data-live="ready"]').waitFor({ timeout: 60_000 });
      await page.evaluate((relay) => {
        // The baseline's transport: a plain websocket to a relay that forwards every message.
        (window as unknown as { __relay: WebSocket }).__relay = new WebSocket(relay);
      }, `ws://localhost:${RELAY_PORT}`);
      return page;
    }),
  );
}

/** Arms every receiver, presses one key in the sender, returns each receiver's delays in ms. */
async function oneEdit(sender: Page, receivers: Page[], mode: "live" | "baseline", key: string, target: number) {
  await Promise.all(
    receivers.map((page) =>
      page.evaluate(
        ({ mode, target }) => {
          // (No named helpers in here: the bundler would wrap them in a function the page lacks.)
          const w = window as unknown as { __arrival: Promise<number>; __relay: WebSocket; __firstMessage: number };
          w.__firstMessage = 0;
          w.__arrival = new Promise<number>((resolve) => {
            if (mode === "baseline") return void w.__relay.addEventListener("message", () => resolve(performance.timeOrigin + performance.now()), { once: true });
            // The bench line is the editor's first line: done when it holds `target` characters.
            // (It alternates between two lengths, so it never wraps into a second row.)
            const lines = document.querySelector('[data-testid="editor"] .view-lines')!;
            const observer = new MutationObserver(() => {
              const first = [...lines.querySelectorAll<HTMLElement>(".view-line")].find((line) => line.style.top === "0px");
              if (first?.textContent?.length === target) {
                observer.disconnect();
                resolve(performance.timeOrigin + performance.now());
              }
            });
            observer.observe(lines, { subtree: true, childList: true, characterData: true });
          });
        },
        { mode, target },
      ),
    ),
  );
  await sender.evaluate((mode) => {
    const w = window as unknown as { __sent: Promise<number>; __relay: WebSocket };
    w.__sent = new Promise<number>((resolve) =>
      window.addEventListener(
        "keydown",
        (event) => {
          if (mode === "baseline") w.__relay.send("x");
          resolve(performance.timeOrigin + event.timeStamp);
        },
        { once: true, capture: true },
      ),
    );
  }, mode);
  await sender.keyboard.press(key);
  const sent = await sender.evaluate(() => (window as unknown as { __sent: Promise<number> }).__sent);
  const arrivals = await Promise.all(
    receivers.map((page) =>
      page.evaluate(async () => {
        const w = window as unknown as { __arrival: Promise<number>; __firstMessage: number };
        return { shown: await w.__arrival, received: w.__firstMessage };
      }),
    ),
  );
  return arrivals.map(({ shown, received }) => ({ total: shown - sent, transport: received - sent }));
}

/** With several `bases` (instances), the sender is on the first and the receivers spread over all. */
async function propagation(browser: Browser, cookie: string, slug: string, editors: number, browsers: number, bases = [BASE]) {
  const pages = await openEditors(browser, cookie, slug, browsers, bases);
  const participants = Array.from({ length: editors - browsers }, (_, index) => {
    const base = bases[index % bases.length]!;
    return joinLiveDraft({ url: `${base.replace("http", "ws")}/collab/${slug}`, cookie, origin: base });
  });
  await Promise.all(participants.map((participant) => participant.synced));
  const [sender, ...receivers] = pages as [Page, ...Page[]];
  await sender.locator(".monaco-editor .view-lines").click();
  await sender.keyboard.press("ControlOrMeta+Home");
  await sender.keyboard.press("End");
  const length = await sender.evaluate(() => [...document.querySelectorAll<HTMLElement>('[data-testid="editor"] .view-line')].find((l) => l.style.top === "0px")!.textContent!.length);
  const live: { total: number; transport: number }[] = [];
  const baseline: number[] = [];
  for (let i = 0; i < EDITS; i++) {
    baseline.push(...(await oneEdit(sender, receivers, "baseline", "Shift", 0)).map((sample) => sample.total));
    // Typing a character, then deleting it: every keystroke changes the text.
    live.push(...(await oneEdit(sender, receivers, "live", i % 2 === 0 ? "x" : "Backspace", i % 2 === 0 ? length + 1 : length)));
  }
  for (const participant of participants) participant.close();
  await Promise.all(pages.map((page) => page.context().close()));
  return { live: stats(live.map((s) => s.total)), transport: stats(live.map((s) => s.transport)), baseline: stats(baseline) };
}

/** Server memory per open document: 10 participants on each of `slugs`, in a socket-only server. */
async function memoryPerDocument(cookie: string, slugs: string[]) {
  const child = fork(path.resolve("scripts/bench/collab-memory-server.ts"), {
    execArgv: ["--expose-gc", "--import", "tsx"],
    env: { ...process.env, PORT: String(MEMORY_PORT), DATABASE_URL: DB_URL, NODE_ENV: "production" },
  });
  const next = () => new Promise<unknown>((resolve) => child.once("message", resolve));
  await next(); // listening
  const measure = async () => {
    const answer = next();
    child.send("measure");
    return ((await answer) as { bytes: number }).bytes;
  };
  try {
    const origin = `http://localhost:${MEMORY_PORT}`;
    const join = (slug: string) => joinLiveDraft({ url: `ws://localhost:${MEMORY_PORT}/collab/${slug}`, cookie, origin });
    // One room first, so code loaded on first use is not counted per document.
    const warm = join(slugs[0]!);
    await warm.synced;
    const before = await measure();
    const participants = slugs.slice(1).flatMap((slug) => Array.from({ length: 10 }, () => join(slug)));
    await Promise.all(participants.map((participant) => participant.synced));
    const after = await measure();
    for (const participant of [warm, ...participants]) participant.close();
    return { perDocument: (after - before) / (slugs.length - 1), documents: slugs.length - 1 };
  } finally {
    child.kill();
  }
}

/**
 * 10 editors split across two instances on one PostgreSQL (relayed through LISTEN/NOTIFY): the
 * keystroke typed on one instance, shown by a browser on the other. Needs a PostgreSQL server
 * (BENCH_PG_URL or TEST_POSTGRESQL_URL, e.g. under scripts/testing/with-postgres.ts).
 */
async function twoInstances(browser: Browser, body: Buffer) {
  const serverUrl = process.env.BENCH_PG_URL ?? process.env.TEST_POSTGRESQL_URL;
  if (!serverUrl) {
    console.log("10 (2) on two instances: skipped (set BENCH_PG_URL to a PostgreSQL server, or run under scripts/testing/with-postgres.ts)");
    return;
  }
  const name = `dramatis_bench_collab_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const ports = [PORT + 3, PORT + 4];
  const bases = ports.map((port) => `http://localhost:${port}`);
  const servers: Awaited<ReturnType<typeof startAppServer>>[] = [];
  try {
    for (const port of ports) servers.push(await startAppServer({ port, databaseUrl: url.toString() })); // the first migrates
    const db = createDb(url.toString());
    const { cookie, workspaceId } = await signUpOwner(bases[0]!, db);
    const outcome = await importDocumentFile({ db, workspaceId, fileName: "live-instances.md", bytes: body, authorName: "bench" });
    await db.$disconnect();
    if (outcome.action !== "created") throw new Error(`could not create the document: ${JSON.stringify(outcome)}`);
    const pair = (a: number, b: number) => `${a.toFixed(1)} / ${b.toFixed(1)} ms`.padStart(20);
    // First every editor on one of the two instances (PostgreSQL's commit, no relay hop), then
    // split: the difference between the two rows is the relay's.
    for (const [label, on] of [["10 (2), 1 inst. PG", bases.slice(0, 1)], ["10 (2), 2 instances", bases]] as const) {
      const { live, transport, baseline } = await propagation(browser, cookie, outcome.slug, 10, 2, [...on]);
      const verdict = on.length > 1 ? `  (target p95 ≤ 100 ms: ${live.p95 <= 100 ? "met" : "MISS"})` : "";
      console.log(
        `${label.padEnd(18)} ${live.p50.toFixed(1).padStart(7)}  ${live.p95.toFixed(1).padStart(7)}  ${pair(transport.p50, transport.p95)}  ${pair(baseline.p50, baseline.p95)}  ${(live.p95 / baseline.p95).toFixed(1).padStart(12)}×${verdict}`,
      );
    }
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch(() => undefined);
    await admin.end();
  }
}

async function main() {
  buildIfStale();
  removeDatabase(DB_URL);
  await prepareDatabase(DB_URL);
  const server = await startAppServer({ port: PORT, databaseUrl: DB_URL });
  const relay = new WebSocketServer({ port: RELAY_PORT });
  relay.on("connection", (socket) => socket.on("message", (data) => relay.clients.forEach((other) => other !== socket && other.send(data))));
  const db = createDb(DB_URL);
  const { cookie, workspaceId } = await signUpOwner(BASE, db);
  const corpusFile = path.join(corpusDir, "004_a1f2f44b8ec4059d.txt");
  if (!fs.existsSync(corpusFile)) console.warn(`No corpus document at ${corpusFile}; set PERSONA_CORPUS_DIR. Using a generated one.`);
  const persona = fs.existsSync(corpusFile) ? fs.readFileSync(corpusFile) : Buffer.from("## Persona\n\nYou are {{agent-name}}.\n".repeat(3000));
  // The bench types on the first line, which must stay short enough not to wrap.
  const body = Buffer.concat([Buffer.from("bench:\n"), persona]);
  const slugs: string[] = [];
  for (let i = 0; i <= MEMORY_DOCUMENTS; i++) {
    const outcome = await importDocumentFile({ db, workspaceId, fileName: `live-${i}.md`, bytes: body, authorName: "bench" });
    if (outcome.action !== "created") throw new Error(`could not create live-${i}: ${JSON.stringify(outcome)}`);
    slugs.push(outcome.slug);
  }
  await db.$disconnect();

  try {
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" });
    console.log(`Keystroke in one browser → text in another's editor, ${EDITS} keystrokes (${(body.length / 1024).toFixed(0)} KB document, Chromium, loopback)\n`);
    console.log("editors (browsers)   p50 ms   p95 ms   transport p50 / p95   bare relay p50 / p95   p95 vs relay");
    const runs: [number, number, string][] = [[2, 2, slugs[0]!], [10, 2, slugs[1]!]];
    if (process.env.BENCH_ALL_BROWSERS) runs.push([10, 10, slugs[1]!]);
    for (const [editors, browsers, slug] of runs) {
      const { live, transport, baseline } = await propagation(browser, cookie, slug, editors, browsers);
      const verdict = editors === 10 && browsers === 2 ? `  (target p95 ≤ 100 ms: ${live.p95 <= 100 ? "met" : "MISS"})` : "";
      const pair = (a: number, b: number) => `${a.toFixed(1)} / ${b.toFixed(1)} ms`.padStart(20);
      console.log(
        `${`${editors} (${browsers})`.padEnd(18)} ${live.p50.toFixed(1).padStart(7)}  ${live.p95.toFixed(1).padStart(7)}  ${pair(transport.p50, transport.p95)}  ${pair(baseline.p50, baseline.p95)}  ${(live.p95 / baseline.p95).toFixed(1).padStart(12)}×${verdict}`,
      );
    }
    // The sender's instance is not the receiving browser's: every keystroke crosses the relay.
    await twoInstances(browser, body);
    await browser.close();
    const memory = await memoryPerDocument(cookie, slugs.slice(2));
    console.log(
      `\nServer memory: ${(memory.perDocument / 1024 / 1024).toFixed(2)} MiB per open document with 10 participants (heap and buffers after GC, ${memory.documents} documents of ${(body.length / 1024).toFixed(0)} KB; a draft holds its text and its base version's)`,
    );
  } finally {
    relay.close();
    await server.stop();
  }
  console.log(`\n${(await viewerSyncCost()).join("\n")}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
