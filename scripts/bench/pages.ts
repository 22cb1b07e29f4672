import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { chromium, type Browser, type BrowserContext } from "@playwright/test";
import { authorizeDocument } from "@/lib/server/access/authorize";
import { createDb } from "@/lib/server/db/client";
import { prepareDatabase } from "@/lib/server/db/prepare-database";
import { importDocumentFile } from "@/lib/server/documents/import-document-file";
import { createShareLink } from "@/lib/server/share-links/create-share-link";
import { removeDatabase, startAppServer, waitForUrl } from "../testing/app-server";
import { signUpOwner } from "../testing/sign-up-owner";
import { buildIfStale } from "../dev/build-if-stale";
import { addLoadProbe, measureLoad, type DraftWatch, type LoadFigures } from "./page-load";
import { cpuPerRender, load, throughputRow } from "./page-throughput";

/**
 * npm run bench:pages — what each page costs a browser and the server (production build,
 * Chromium): first paint, time until the page is editable (a character typed the moment the
 * page says it takes typing has reached another participant of the live draft, whichever
 * surface took it), Monaco bound to the draft, token count on screen, requests,
 * bytes and gzip JavaScript, with a cold cache (a fresh browser profile per load) and a warm
 * one (the same profile, the page opened once before). Then requests/s, p99 and server CPU per
 * request for the library and document pages under 50 connections. Baselines from the same run:
 * the sign-in page (the app's smallest page) in the browser; a bare Node server sending the
 * library's bytes, and a static chunk from the app's own server, under the same load.
 */
const PORT = Number(process.env.BENCH_PORT ?? 3320);
const BARE_PORT = Number(process.env.BENCH_BARE_PORT ?? PORT + 1);
const DB_URL = "file:test-results/bench-pages.db";
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 50;
const corpusDir = process.env.PERSONA_CORPUS_DIR ?? path.resolve("../shared/personas");
const BIG = "004_a1f2f44b8ec4059d.txt";
// 44 bytes, with a variable: the smallest document anyone would open.
const TINY = "# Greeting\n\nHello {{name}}, welcome aboard.\n";

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
const ms = (value: number | null) => (value === null || Number.isNaN(value) ? "—" : `${value.toFixed(0)} ms`);
const verdict = (ok: boolean) => (ok ? "met" : "MISS");

async function seed(baseUrl: string) {
  const db = createDb(DB_URL);
  const { cookie, workspaceId, user } = await signUpOwner(baseUrl, db);
  const imports: [string, Uint8Array][] = [["tiny.md", new TextEncoder().encode(TINY)]];
  for (const file of fs.existsSync(corpusDir) ? fs.readdirSync(corpusDir).sort() : []) imports.push([`corpus-${file.slice(0, 3)}.txt`, fs.readFileSync(path.join(corpusDir, file))]);
  if (!imports.some(([name]) => name === `corpus-${BIG.slice(0, 3)}.txt`)) throw new Error(`No ${BIG} in ${corpusDir}; set PERSONA_CORPUS_DIR.`);
  for (const [fileName, bytes] of imports) await importDocumentFile({ db, workspaceId, fileName, bytes, authorName: "bench" });
  // A second version of the large document, for the old-version and diff pages.
  const big = fs.readFileSync(path.join(corpusDir, BIG), "utf8");
  const edited = big.replace(/\n\n/, "\n\nA paragraph added for the second version.\n\n") + "\nOne more closing line.\n";
  await importDocumentFile({ db, workspaceId, fileName: "corpus-004.txt", bytes: new TextEncoder().encode(edited), authorName: "bench" });
  const actor = { type: "user" as const, id: user.id, name: user.name, email: user.email };
  const access = await authorizeDocument({ db, actor, slug: "corpus-004", permission: "share.manage" });
  const { token } = await createShareLink({ db, access, actor, input: { target: { kind: "head" }, access: "source" } });
  await db.$disconnect();
  return { cookie, slugs: imports.map(([name]) => name.replace(/\.\w+$/, "")), token };
}

async function signedInContext(browser: Browser, cookie: string | null): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  await addLoadProbe(context);
  if (cookie) {
    await context.addCookies(cookie.split("; ").map((pair) => {
      const at = pair.indexOf("=");
      return { name: pair.slice(0, at), value: pair.slice(at + 1), domain: "localhost", path: "/" };
    }));
  }
  return context;
}

/** A second participant on the document page's live draft, to see typed characters arrive. */
function draftWatch(url: string, cookie: string | null): DraftWatch | null {
  const slug = new URL(url).pathname.match(/^\/d\/([^/]+)$/)?.[1];
  if (!slug || !cookie) return null;
  const { origin } = new URL(url);
  return { url: `${origin.replace("http", "ws")}/collab/${slug}`, cookie, origin };
}

/** Medians of `RUNS` loads: cold (a fresh profile each) and warm (one profile, opened once first). */
async function pageFigures(browser: Browser, cookie: string | null, url: string, editor: boolean) {
  const draft = editor ? draftWatch(url, cookie) : null;
  const cold: LoadFigures[] = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await signedInContext(browser, cookie);
    cold.push(await measureLoad(context, url, { draft }));
    await context.close();
  }
  const context = await signedInContext(browser, cookie);
  await measureLoad(context, url, { draft });
  const warm: LoadFigures[] = [];
  for (let i = 0; i < RUNS; i++) warm.push(await measureLoad(context, url, { draft }));
  await context.close();
  const pick = (runs: LoadFigures[], key: Exclude<keyof LoadFigures, "scripts">) => median(runs.map((run) => run[key] ?? NaN));
  const times = (runs: LoadFigures[]) => ({
    firstPaint: pick(runs, "firstPaint"),
    editable: editor ? pick(runs, "editable") : null,
    monaco: editor ? pick(runs, "monaco") : null,
    tokens: editor ? pick(runs, "tokens") : null,
  });
  return {
    cold: times(cold),
    warm: times(warm),
    requests: pick(cold, "requests"),
    bytes: pick(cold, "bytes"),
    jsGzip: pick(cold, "jsGzip"),
    jsGzipBeforeEditable: editor ? pick(cold, "jsGzipBeforeEditable") : null,
    scripts: cold.at(-1)!.scripts,
  };
}

async function browserFigures(base: string, cookie: string, slugs: string[], token: string) {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" });
  const pages: [string, string, boolean, string | null][] = [
    ["baseline: sign-in page", "/sign-in", false, null],
    ["library", "/", false, cookie],
    ["document, 44 bytes", "/d/tiny", true, cookie],
    ["document, 103 KB", "/d/corpus-004", true, cookie],
    ["old version (103 KB)", "/d/corpus-004/v/1", false, cookie],
    ["diff (103 KB)", "/d/corpus-004/diff?from=1&to=2", false, cookie],
    ["share page (103 KB)", `/s/${token}`, false, null],
  ];
  console.log(`Page loads, median of ${RUNS} (Chromium, production build; cold = fresh profile, warm = opened before)\n`);
  console.log("editable: navigation → a character typed the moment the page takes typing has reached another participant of the live draft");
  console.log("Monaco: navigation → Monaco bound to the draft (it takes over from the plain surface; not needed to type)\n");
  console.log("page                      paint cold/warm   editable cold/warm   Monaco cold/warm     tokens cold/warm   requests  bytes    JS gzip  JS before editable");
  const results: Record<string, Awaited<ReturnType<typeof pageFigures>>> = {};
  try {
    for (const [name, url, editor, pageCookie] of pages) {
      const r = await pageFigures(browser, pageCookie, `${base}${url}`, editor);
      results[name] = r;
      console.log(
        `${name.padEnd(24)} ${`${ms(r.cold.firstPaint)} / ${ms(r.warm.firstPaint)}`.padEnd(19)} ${`${ms(r.cold.editable)} / ${ms(r.warm.editable)}`.padEnd(20)} ${`${ms(r.cold.monaco)} / ${ms(r.warm.monaco)}`.padEnd(20)} ${`${ms(r.cold.tokens)} / ${ms(r.warm.tokens)}`.padEnd(18)} ${String(r.requests).padStart(8)}  ${kb(r.bytes).padStart(8)} ${kb(r.jsGzip).padStart(8)}  ${r.jsGzipBeforeEditable === null ? "" : kb(r.jsGzipBeforeEditable)}`,
      );
    }
    // BENCH_LIST_JS=1: which files the document pages load, and which before they are editable.
    if (process.env.BENCH_LIST_JS === "1") {
      for (const name of ["document, 44 bytes", "document, 103 KB"]) {
        console.log(`\nJavaScript of the ${name} page (last cold load), largest first:`);
        for (const script of [...results[name]!.scripts].sort((a, b) => b.jsGzip - a.jsGzip)) {
          console.log(`  ${kb(script.jsGzip).padStart(8)}  ${script.beforeEditable ? "before editable" : "after         "}  ${kb(script.wire).padStart(8)} over the wire  ${script.path}`);
        }
      }
    }
    // Every other corpus document, warm: the issue's "editable within 1 s for every corpus document".
    const others = slugs.filter((slug) => slug.startsWith("corpus-") && slug !== "corpus-004");
    const context = await signedInContext(browser, cookie);
    const warmEditable: number[] = [];
    for (const slug of others) {
      const draft = draftWatch(`${base}/d/${slug}`, cookie);
      await measureLoad(context, `${base}/d/${slug}`, { draft });
      const again = await measureLoad(context, `${base}/d/${slug}`, { draft });
      warmEditable.push(again.editable ?? Infinity);
      console.log(`  ${slug}: editable ${ms(again.editable)} warm, Monaco ${ms(again.monaco)}`);
    }
    await context.close();
    const docs = [results["document, 44 bytes"]!, results["document, 103 KB"]!];
    const slowestWarm = Math.max(...warmEditable, ...docs.map((d) => d.warm.editable ?? Infinity));
    const slowestCold = Math.max(...docs.map((d) => d.cold.editable ?? Infinity));
    const slowestMonaco = Math.max(...docs.map((d) => Math.max(d.cold.monaco ?? Infinity, d.warm.monaco ?? Infinity)));
    console.log(`\neditable, slowest warm ${ms(slowestWarm)} (target ≤ 1000 ms: ${verdict(slowestWarm <= 1000)}); slowest cold ${ms(slowestCold)}; Monaco ready, slowest ${ms(slowestMonaco)} (no target)`);
    const allJs = Math.max(...docs.map((d) => d.jsGzip));
    const earlyJs = Math.max(...docs.map((d) => d.jsGzipBeforeEditable ?? Infinity));
    console.log(`document page JS ${kb(allJs)} gzip in all (target ≤ 1200 KB: ${verdict(allJs <= 1200 * 1024)}), ${kb(earlyJs)} before editable (target ≤ 300 KB: ${verdict(earlyJs <= 300 * 1024)})`);
    const library = results.library!.jsGzip;
    console.log(`library JS ${kb(library)} gzip (target ≤ 120 KB: ${verdict(library <= 120 * 1024)})`);
  } finally {
    await browser.close();
  }
}

async function serverFigures(base: string, cookie: string, pid: number) {
  const library = await fetch(`${base}/`, { headers: { cookie } });
  const html = await library.text();
  if (library.status !== 200) throw new Error(`the library answered ${library.status}`);
  const chunk = html.match(/\/_next\/static\/chunks\/[^"]+\.js/)?.[0];
  if (!chunk) throw new Error("no script chunk in the library page");
  let bare: ChildProcess | null = null;
  try {
    bare = spawn("node", ["scripts/bench/bare-server.mjs"], { env: { ...process.env, PORT: String(BARE_PORT), BODY: html }, stdio: "ignore", detached: true });
    await waitForUrl(`http://127.0.0.1:${BARE_PORT}/`);
    const options = { connections: CONNECTIONS, seconds: SECONDS, headers: { cookie }, pid };
    console.log("\nServer CPU per render, one request at a time (40 after 5 unreported)\n");
    for (const [name, path] of [["library", "/"], ["document, 44 bytes", "/d/tiny"], ["document, 103 KB", "/d/corpus-004"], ["baseline: static chunk", chunk]] as const) {
      const cpu = await cpuPerRender(`${base}${path}`, { pid, headers: { cookie } });
      console.log(`${name.padEnd(28)} ${cpu.toFixed(1).padStart(6)} ms${path === chunk ? "" : `   (target ≤ 20 ms: ${verdict(cpu <= 20)})`}`);
    }
    console.log(`\nServer, ${CONNECTIONS} connections, ${SECONDS} s each (CPU: the app server's own, per answered request)\n`);
    await load(`${base}/d/corpus-004`, { ...options, seconds: Math.min(3, SECONDS) }); // warm-up, not reported
    const rows: [string, string, boolean][] = [
      ["library", `${base}/`, true],
      ["document, 44 bytes", `${base}/d/tiny`, true],
      ["document, 103 KB", `${base}/d/corpus-004`, true],
      ["baseline: static chunk, app", `${base}${chunk}`, false],
      ["baseline: bare node, library", `http://127.0.0.1:${BARE_PORT}/`, false],
    ];
    for (const [name, url, rendered] of rows) {
      const r = await load(url, rendered ? options : { ...options, pid: url.startsWith(base) ? pid : undefined });
      const target = rendered ? `   (p99 ≤ 500 ms: ${verdict(r.p99 <= 500)}; CPU ≤ 20 ms: ${verdict((r.cpuPerRequest ?? Infinity) <= 20)})` : "";
      console.log(throughputRow(name, r) + target);
    }
  } finally {
    try {
      if (bare?.pid) process.kill(-bare.pid, "SIGTERM");
    } catch {
      // Already gone.
    }
  }
}

async function main() {
  buildIfStale();
  removeDatabase(DB_URL);
  const base = `http://localhost:${PORT}`;
  await prepareDatabase(DB_URL);
  const server = await startAppServer({ port: PORT, databaseUrl: DB_URL });
  try {
    const { cookie, slugs, token } = await seed(base);
    if (process.env.BENCH_SKIP_BROWSER !== "1") await browserFigures(base, cookie, slugs, token);
    if (process.env.BENCH_SKIP_SERVER !== "1") await serverFigures(base, cookie, server.pid);
  } finally {
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
