import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { createDb, type Db } from "@/lib/server/db/client";
import { migrateDatabase } from "@/lib/server/db/migrate";
import { IMPORT_BATCH_SIZE, importDocumentFiles } from "@/lib/server/documents/import-document-files";
import { listDocuments } from "@/lib/server/documents/list-documents";
import { searchDocuments } from "@/lib/server/documents/search-documents";
import { buildIfStale } from "../dev/build-if-stale";
import { removeDatabase, startAppServer } from "../testing/app-server";
import { signUpOwner } from "../testing/sign-up-owner";
import { findPostgresBin, startCluster } from "../testing/with-postgres";
import { cpuMeter, libraryPageFigures, pct } from "./library-page";

/**
 * npm run bench:library — a library of BENCH_DOCS (10,000) generated documents of ~30 KB,
 * shaped like the persona corpus (its paragraphs shuffled and renamed), on SQLite and on
 * PostgreSQL: import time (a hundred files per transaction, as `npm run import` does), the
 * library's first page (the use case, and the real page's HTML from the production server:
 * bytes raw and gzip, time and server CPU), and 20 searches (p50/p95), each beside the approach
 * before the library issue measured in the same run on the same data: every document's newest
 * content loaded and filtered in memory. Wall times on a loaded machine are noise, so each step
 * also prints its CPU time (for PostgreSQL including its backends'). BENCH_ENGINES=sqlite or
 * postgresql runs one engine; BENCH_PORT sets the server's port (3335).
 *
 * For repeated runs while tuning: BENCH_POSTGRESQL_URL uses an already running cluster (its
 * `postgres` database URL) instead of a throwaway one, and leaves it running; BENCH_REUSE=1
 * keeps a library imported by an earlier run (SQLite's file, PostgreSQL's database) when it holds
 * BENCH_DOCS documents, skipping the import; BENCH_ONLY=search measures the searches alone (no
 * build, no server).
 */
const DOCS = Number(process.env.BENCH_DOCS ?? 10_000);
const PORT = Number(process.env.BENCH_PORT ?? 3335);
const ENGINES = (process.env.BENCH_ENGINES ?? "sqlite,postgresql").split(",");
const REUSE = process.env.BENCH_REUSE === "1";
const SEARCH_ONLY = process.env.BENCH_ONLY === "search";
const BENCH_DATABASE = "dramatis_bench_library";
const SQLITE_URL = `file:${path.join(os.tmpdir(), "dramatis-bench-library.db")}`;
const corpusDir = process.env.PERSONA_CORPUS_DIR ?? path.resolve("../shared/personas");
const SEARCHES = ["pirate", "customer support", "\"step by step\"", "refund*", "json", "tone", "never reveal", "escalat*", "python code", "summary",
  "safety", "example", "format:markdown tone", "user", "translate", "markdown", "policy", "question*", "\"you are\"", "error"];

const ms = (value: number) => `${value.toFixed(1)} ms`;

function generator() {
  const files = fs.readdirSync(corpusDir).sort().map((file) => fs.readFileSync(path.join(corpusDir, file), "utf8"));
  if (files.length === 0) throw new Error(`No persona files in ${corpusDir}; set PERSONA_CORPUS_DIR.`);
  const paragraphs = files.flatMap((text) => text.split(/\n{2,}/)).filter((p) => p.trim().length > 0);
  let seed = 42;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  return (n: number) => {
    const parts = [`# Persona ${n}\n\nYou are Persona ${n}, agent number ${n} of the bench library.`];
    let size = parts[0]!.length;
    while (size < 30_000) {
      const paragraph = paragraphs[Math.floor(random() * paragraphs.length)]!;
      parts.push(paragraph);
      size += paragraph.length + 2;
    }
    return new TextEncoder().encode(parts.join("\n\n") + "\n");
  };
}

/** The library before: every document with its newest content, filtered in memory. */
async function inMemoryList(db: Db, workspaceId: string, query: string) {
  const needle = query.toLowerCase();
  const docs = await db.document.findMany({
    where: { workspaceId, archivedAt: null },
    orderBy: { updatedAt: "desc" },
    include: { versions: { orderBy: { number: "desc" }, take: 1, select: { content: true } }, _count: { select: { versions: true } } },
  });
  return docs
    .map((doc) => ({ doc, size: Buffer.byteLength(doc.versions[0]?.content ?? "") }))
    .filter(({ doc }) => !needle || doc.title.toLowerCase().includes(needle) || (doc.versions[0]?.content ?? "").toLowerCase().includes(needle));
}

async function timed<T>(run: () => Promise<T>): Promise<[number, T]> {
  const start = performance.now();
  const result = await run();
  return [performance.now() - start, result];
}

/** The bench workspace of a library an earlier run imported, when it holds DOCS documents. */
async function importedLibrary(db: Db): Promise<string | null> {
  if (!REUSE) return null;
  const workspace = await db.workspace.findFirst({ where: { name: "Bench" }, select: { id: true } });
  if (!workspace) return null;
  const count = await db.document.count({ where: { workspaceId: workspace.id } });
  return count >= DOCS ? workspace.id : null;
}

/** Signs the bench owner in (signing up first on a new database); the owner's workspace. */
async function ownerSession(db: Db, reused: string | null) {
  if (!reused) return signUpOwner(`http://localhost:${PORT}`, db);
  const baseUrl = `http://localhost:${PORT}`;
  const response = await fetch(`${baseUrl}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: baseUrl },
    body: JSON.stringify({ email: "bench@example.com", password: "bench-password-1" }),
  });
  if (!response.ok) throw new Error(`sign-in answered ${response.status}: ${await response.text()}`);
  return { cookie: response.headers.getSetCookie().map((line) => line.split(";")[0]).join("; "), workspaceId: reused };
}

async function benchEngine(name: string, url: string) {
  await migrateDatabase(url);
  const db = createDb(url);
  const reused = await importedLibrary(db);
  const server = SEARCH_ONLY ? null : await startAppServer({ port: PORT, databaseUrl: url });
  const meter = await cpuMeter(url);
  try {
    if (SEARCH_ONLY && !reused) throw new Error("BENCH_ONLY=search needs a library imported by an earlier run (BENCH_REUSE=1).");
    const { cookie, workspaceId } = SEARCH_ONLY ? { cookie: "", workspaceId: reused! } : await ownerSession(db, reused);
    if (reused) console.log(`\n${name}: reusing the ${DOCS} documents an earlier run imported (BENCH_REUSE=1)`);
    else await importLibrary(name, db, workspaceId, meter);
    if (server) await pageFigures(db, workspaceId, cookie, server.pid, meter);
    await searchFigures(db, workspaceId, meter);
  } finally {
    await meter.close();
    await db.$disconnect();
    await server?.stop();
  }
}

type Meter = Awaited<ReturnType<typeof cpuMeter>>;

async function importLibrary(name: string, db: Db, workspaceId: string, meter: Meter) {
  const make = generator();
  const [importCpu, importMs] = await meter.measure(async () => (await timed(async () => {
    for (let n = 0; n < DOCS; n += IMPORT_BATCH_SIZE) {
      const files = Array.from({ length: Math.min(IMPORT_BATCH_SIZE, DOCS - n) }, (_, i) => ({ fileName: `persona-${n + i}.md`, bytes: make(n + i) }));
      await importDocumentFiles({ db, workspaceId, files, authorName: "bench" });
    }
  }))[0]);
  const bytes = await db.document.aggregate({ _sum: { size: true } });
  console.log(`\n${name}: ${DOCS} documents, ${((bytes._sum.size ?? 0) / 1e6).toFixed(0)} MB, imported in ${(importMs / 1000).toFixed(1)} s (${(importMs / DOCS).toFixed(1)} ms per file); CPU ${(importCpu / 1000).toFixed(1)} s (${(importCpu / DOCS).toFixed(1)} ms per file)`);
}

async function pageFigures(db: Db, workspaceId: string, cookie: string, pid: number, meter: Meter) {
  const pageTimes: number[] = [];
  let pageJson = 0;
  const [pageCpu] = await meter.measure(async () => {
    for (let i = 0; i < 20; i++) {
      const [time, page] = await timed(() => listDocuments({ db, workspaceIds: [workspaceId] }));
      pageTimes.push(time);
      pageJson = JSON.stringify(page.documents).length;
    }
  });
  const [baselineListMs, all] = await timed(() => inMemoryList(db, workspaceId, ""));
  console.log(`  first page (use case): p50 ${ms(pct(pageTimes, 0.5))}, p95 ${ms(pct(pageTimes, 0.95))}, CPU ${ms(pageCpu / 20)} (50 rows, ${(pageJson / 1024).toFixed(1)} KB of row data) — before: ${ms(baselineListMs)} for all ${all.length} rows with contents`);
  const html = await libraryPageFigures(`http://localhost:${PORT}/`, { cookie, pid });
  console.log(`  first page (HTML from the server): ${(html.bytes / 1024).toFixed(1)} KB, ${(html.gzipBytes / 1024).toFixed(1)} KB gzip, ${html.rows} rows; p50 ${ms(html.p50)}, p95 ${ms(html.p95)}, server CPU ${ms(html.cpu)} per page`);
}

async function searchFigures(db: Db, workspaceId: string, meter: Meter) {
  // One untimed pass first: the first query of each shape pays for statement preparation.
  for (const query of SEARCHES) await searchDocuments({ db, workspaceIds: [workspaceId], query });
  const searchTimes: number[] = [];
  const searchCpu: number[] = [];
  const backgroundCpu: number[] = [];
  for (const query of SEARCHES) {
    const [cpu, [time]] = await meter.measure(() => timed(() => searchDocuments({ db, workspaceIds: [workspaceId], query })));
    searchTimes.push(time);
    searchCpu.push(cpu);
    backgroundCpu.push(meter.lastBackground());
  }
  const baselineTimes: number[] = [];
  for (const query of SEARCHES.slice(0, 5)) baselineTimes.push((await timed(() => inMemoryList(db, workspaceId, query.replace(/["*]/g, ""))))[0]);
  console.log(
    `  20 searches: p50 ${ms(pct(searchTimes, 0.5))}, p95 ${ms(pct(searchTimes, 0.95))}; CPU p50 ${ms(pct(searchCpu, 0.5))}, p95 ${ms(pct(searchCpu, 0.95))} — before (in-memory filter, 5 of them): p50 ${ms(pct(baselineTimes, 0.5))}, p95 ${ms(pct(baselineTimes, 0.95))}`,
  );
  const background = backgroundCpu.reduce((sum, cpu) => sum + cpu, 0);
  if (background > 0) console.log(`  (the database's background workers, not counted above, used ${ms(background)} of CPU during the searches)`);
  if (process.env.BENCH_VERBOSE === "1") SEARCHES.forEach((query, i) => console.log(`    ${query.padEnd(22)} ${ms(searchTimes[i]!)} wall, ${ms(searchCpu[i]!)} CPU, ${ms(backgroundCpu[i]!)} background`));
}

async function main() {
  fs.mkdirSync("test-results", { recursive: true });
  if (!SEARCH_ONLY) buildIfStale();
  if (ENGINES.includes("sqlite")) {
    if (!REUSE) removeDatabase(SQLITE_URL);
    await benchEngine("SQLite", SQLITE_URL);
  }
  if (!ENGINES.includes("postgresql")) return;
  const given = process.env.BENCH_POSTGRESQL_URL;
  const bin = given ? null : findPostgresBin();
  if (!given && !bin) return console.log("\nPostgreSQL not found (initdb): its rows are left out.");
  const cluster = given ? { serverUrl: given, stop: () => {} } : await startCluster(bin!);
  try {
    const client = new pg.Client({ connectionString: cluster.serverUrl });
    await client.connect();
    const exists = (await client.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [BENCH_DATABASE])).rowCount! > 0;
    if (exists && !REUSE) await client.query(`DROP DATABASE "${BENCH_DATABASE}"`);
    if (!exists || !REUSE) await client.query(`CREATE DATABASE "${BENCH_DATABASE}"`);
    await client.end();
    const url = new URL(cluster.serverUrl);
    url.pathname = `/${BENCH_DATABASE}`;
    await benchEngine("PostgreSQL", url.toString());
  } finally {
    cluster.stop();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
