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
 */
const DOCS = Number(process.env.BENCH_DOCS ?? 10_000);
const PORT = Number(process.env.BENCH_PORT ?? 3335);
const ENGINES = (process.env.BENCH_ENGINES ?? "sqlite,postgresql").split(",");
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

async function benchEngine(name: string, url: string) {
  await migrateDatabase(url);
  const server = await startAppServer({ port: PORT, databaseUrl: url });
  const db = createDb(url);
  const meter = await cpuMeter(url);
  try {
    const { cookie, workspaceId } = await signUpOwner(`http://localhost:${PORT}`, db);
    const make = generator();
    const [importCpu, importMs] = await meter.measure(async () => (await timed(async () => {
      for (let n = 0; n < DOCS; n += IMPORT_BATCH_SIZE) {
        const files = Array.from({ length: Math.min(IMPORT_BATCH_SIZE, DOCS - n) }, (_, i) => ({ fileName: `persona-${n + i}.md`, bytes: make(n + i) }));
        await importDocumentFiles({ db, workspaceId, files, authorName: "bench" });
      }
    }))[0]);
    const bytes = await db.document.aggregate({ _sum: { size: true } });
    console.log(`\n${name}: ${DOCS} documents, ${((bytes._sum.size ?? 0) / 1e6).toFixed(0)} MB, imported in ${(importMs / 1000).toFixed(1)} s (${(importMs / DOCS).toFixed(1)} ms per file); CPU ${(importCpu / 1000).toFixed(1)} s (${(importCpu / DOCS).toFixed(1)} ms per file)`);

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
    const html = await libraryPageFigures(`http://localhost:${PORT}/`, { cookie, pid: server.pid });
    console.log(`  first page (HTML from the server): ${(html.bytes / 1024).toFixed(1)} KB, ${(html.gzipBytes / 1024).toFixed(1)} KB gzip, ${html.rows} rows; p50 ${ms(html.p50)}, p95 ${ms(html.p95)}, server CPU ${ms(html.cpu)} per page`);

    // One untimed pass first: the first query of each shape pays for statement preparation and JIT.
    for (const query of SEARCHES) await searchDocuments({ db, workspaceIds: [workspaceId], query });
    const searchTimes: number[] = [];
    const searchCpu: number[] = [];
    for (const query of SEARCHES) {
      const [cpu, [time]] = await meter.measure(() => timed(() => searchDocuments({ db, workspaceIds: [workspaceId], query })));
      searchTimes.push(time);
      searchCpu.push(cpu);
    }
    const baselineTimes: number[] = [];
    for (const query of SEARCHES.slice(0, 5)) baselineTimes.push((await timed(() => inMemoryList(db, workspaceId, query.replace(/["*]/g, ""))))[0]);
    console.log(`  20 searches: p50 ${ms(pct(searchTimes, 0.5))}, p95 ${ms(pct(searchTimes, 0.95))}; CPU p50 ${ms(pct(searchCpu, 0.5))}, p95 ${ms(pct(searchCpu, 0.95))} — before (in-memory filter, 5 of them): p50 ${ms(pct(baselineTimes, 0.5))}, p95 ${ms(pct(baselineTimes, 0.95))}`);
  } finally {
    await meter.close();
    await db.$disconnect();
    await server.stop();
  }
}

async function main() {
  fs.mkdirSync("test-results", { recursive: true });
  buildIfStale();
  if (ENGINES.includes("sqlite")) {
    removeDatabase(SQLITE_URL);
    await benchEngine("SQLite", SQLITE_URL);
  }
  if (!ENGINES.includes("postgresql")) return;
  const bin = findPostgresBin();
  if (!bin) return console.log("\nPostgreSQL not found (initdb): its rows are left out.");
  const cluster = await startCluster(bin);
  try {
    const client = new pg.Client({ connectionString: cluster.serverUrl });
    await client.connect();
    await client.query(`CREATE DATABASE "dramatis_bench_library"`);
    await client.end();
    const url = new URL(cluster.serverUrl);
    url.pathname = "/dramatis_bench_library";
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
