import { spawn, type ChildProcess } from "node:child_process";
import { createApiKey } from "@/lib/server/api-keys/create-api-key";
import { createDb } from "@/lib/server/db/client";
import { prepareDatabase } from "@/lib/server/db/prepare-database";
import { importDocumentFile } from "@/lib/server/documents/import-document-file";
import { setLabel } from "@/lib/server/labels/set-label";
import { SYSTEM_ACTOR } from "@/lib/server/access/actor";
import { authorizeDocument } from "@/lib/server/access/authorize";
import { removeDatabase, startAppServer, waitForUrl } from "../testing/app-server";
import { signUpOwner } from "../testing/sign-up-owner";
import { buildIfStale } from "../dev/build-if-stale";
import { findPostgresBin, startCluster } from "../testing/with-postgres";
import pg from "pg";

/**
 * npm run bench:api — the render endpoint by label under load (autocannon in a second
 * process, 10 s, 50 connections), on SQLite and on PostgreSQL (a throwaway cluster, as in the
 * tests; BENCH_POSTGRESQL_URL = a server's maintenance database to use another), side by side
 * with a bare Node server returning the same bytes, in the same run. Prints the throughputs,
 * the ratios to the bare server and the p99 latencies. Then the
 * same load again while hostile renders (a document that includes itself ten times per level)
 * are sent without pause: the ordinary requests' p99 and slowest answer show what one crafted
 * request costs everyone else (target: nobody waits more than 200 ms).
 */
const APP_PORT = 3310;
const BARE_PORT = 3311;
const POSTGRESQL_APP_PORT = 3312;
const DURATION_S = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 50;
const DB_URL = "file:test-results/bench-api.db";

const BOMB = `Start ${"{{> bomb}} ".repeat(10)}end`;

/** autocannon in a child process (asynchronously, so this process can send hostile requests meanwhile). */
function load(url: string, headers: Record<string, string>, body: string) {
  const args = ["-c", String(CONNECTIONS), "-d", String(DURATION_S), "-m", "POST", "-b", body, "--json"];
  for (const [name, value] of Object.entries(headers)) args.push("-H", `${name}=${value}`);
  const child = spawn("node_modules/.bin/autocannon", [...args, url], { stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  let err = "";
  child.stdout.on("data", (chunk: Buffer) => (out += chunk));
  child.stderr.on("data", (chunk: Buffer) => (err += chunk));
  return new Promise<{ rps: number; p50: number; p99: number; max: number; non2xx: number; errors: number }>((resolve, reject) =>
    child.on("close", (code) => {
      if (code !== 0) return reject(new Error(err));
      const result = JSON.parse(out) as { requests: { average: number }; latency: { p99: number; p50: number; max: number }; non2xx: number; errors: number };
      resolve({ rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max, non2xx: result.non2xx, errors: result.errors });
    }),
  );
}

/** Sends hostile renders one after another on `parallel` connections until `done` resolves. */
async function hostileRenders(url: string, headers: Record<string, string>, parallel: number, done: Promise<unknown>) {
  let stop = false;
  void done.then(() => (stop = true));
  const statuses = new Map<number, number>();
  const worker = async () => {
    while (!stop) {
      const response = await fetch(url, { method: "POST", headers, body: JSON.stringify({ values: {} }) });
      await response.arrayBuffer();
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  return statuses;
}

/** A fresh database on `databaseUrl` with the owner, a key, a labelled document and the bomb, served on `port`. */
async function startApp(databaseUrl: string, port: number) {
  await prepareDatabase(databaseUrl);
  const app = await startAppServer({ port, databaseUrl });
  const db = createDb(databaseUrl);
  const { workspaceId } = await signUpOwner(`http://localhost:${port}`, db);
  const { key } = await createApiKey({ db, workspaceId, actor: SYSTEM_ACTOR, input: { name: "bench" } });
  const { id: ownerId } = await db.user.findFirstOrThrow({ select: { id: true } });
  const owner = { type: "user" as const, id: ownerId, name: "bench", email: "" };
  const access = await authorizeDocument({ db, actor: owner, slug: "release-notes-writer", permission: "label.move" });
  await setLabel({ db, access, input: { name: "production", version: 1 }, actorName: "bench", actor: SYSTEM_ACTOR });
  await importDocumentFile({ db, workspaceId, fileName: "bomb.md", bytes: new TextEncoder().encode(BOMB), authorName: "bench" });
  await db.$disconnect();
  return { app, key };
}

/** PostgreSQL for the bench: BENCH_POSTGRESQL_URL's server, or a throwaway cluster; a fresh database on it. */
async function postgresqlDatabase(): Promise<{ url: string; stop: () => void } | null> {
  let serverUrl = process.env.BENCH_POSTGRESQL_URL;
  let stop = () => {};
  if (!serverUrl) {
    const bin = findPostgresBin();
    if (!bin) return null;
    ({ serverUrl, stop } = await startCluster(bin));
  }
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "dramatis_bench_api" WITH (FORCE)`);
  await client.query(`CREATE DATABASE "dramatis_bench_api"`);
  await client.end();
  const url = new URL(serverUrl);
  url.pathname = "/dramatis_bench_api";
  return { url: url.toString(), stop };
}

async function main() {
  buildIfStale();
  removeDatabase(DB_URL);
  const { app, key } = await startApp(DB_URL, APP_PORT);
  const postgresql = await postgresqlDatabase();
  if (!postgresql) console.log("PostgreSQL not found (initdb): the PostgreSQL row is left out.\n");
  const pgApp = postgresql ? await startApp(postgresql.url, POSTGRESQL_APP_PORT) : null;

  let bareServer: ChildProcess | null = null;
  const stop = () => {
    void app.stop();
    void pgApp?.app.stop().then(() => postgresql?.stop());
    try {
      if (bareServer?.pid) process.kill(-bareServer.pid, "SIGTERM");
    } catch {
      // Already gone.
    }
  };
  try {
    const url = `http://localhost:${APP_PORT}/api/v1/documents/release-notes-writer/render`;
    const headers = { authorization: `Bearer ${key}`, "content-type": "application/json" };
    const body = JSON.stringify({ label: "production", values: { Product: "Dramatis", Internal: false, Strict: true, Request: "Summarise PR 12" } });
    const sample = await fetch(url, { method: "POST", headers, body });
    const bytes = await sample.text();
    if (sample.status !== 200) throw new Error(`render answered ${sample.status}: ${bytes}`);

    bareServer = spawn("node", ["scripts/bench/bare-server.mjs"], { env: { ...process.env, PORT: String(BARE_PORT), BODY: bytes }, stdio: "ignore", detached: true });
    await waitForUrl(`http://127.0.0.1:${BARE_PORT}/`);

    console.log(`Render by label: ${bytes.length} bytes per response, ${CONNECTIONS} connections, ${DURATION_S} s each\n`);
    await load(url, headers, body); // warm-up is not reported
    const app = await load(url, headers, body);
    let onPostgresql: typeof app | null = null;
    if (pgApp) {
      const pgUrl = `http://localhost:${POSTGRESQL_APP_PORT}/api/v1/documents/release-notes-writer/render`;
      const pgHeaders = { ...headers, authorization: `Bearer ${pgApp.key}` };
      const pgSample = await fetch(pgUrl, { method: "POST", headers: pgHeaders, body });
      if ((await pgSample.text()) !== bytes) throw new Error(`PostgreSQL render answered ${pgSample.status} or other bytes than SQLite's`);
      await load(pgUrl, pgHeaders, body); // warm-up
      onPostgresql = await load(pgUrl, pgHeaders, body);
    }
    const bare = await load(`http://127.0.0.1:${BARE_PORT}/`, headers, body);
    const bareBytes = await (await fetch(`http://127.0.0.1:${BARE_PORT}/`)).text();
    if (bareBytes !== bytes) throw new Error("the bare server did not return the render endpoint's bytes");
    const row = (name: string, r: typeof app) =>
      `${name.padEnd(22)} ${r.rps.toFixed(0).padStart(8)} req/s   p50 ${String(r.p50).padStart(4)} ms   p99 ${String(r.p99).padStart(4)} ms   non-2xx ${r.non2xx}  errors ${r.errors}`;
    console.log(row("render, SQLite", app));
    if (onPostgresql) console.log(row("render, PostgreSQL", onPostgresql));
    console.log(row("bare node http", bare));
    const ratio = app.rps / bare.rps;
    console.log(`\nSQLite ratio ${ratio.toFixed(2)}x of the bare server (target ≥ 0.25x): ${ratio >= 0.25 ? "met" : "MISS"}`);
    if (onPostgresql) {
      const pgRatio = onPostgresql.rps / bare.rps;
      console.log(`PostgreSQL ratio ${pgRatio.toFixed(2)}x of the bare server (target ≥ 0.25x): ${pgRatio >= 0.25 ? "met" : "MISS"}; p99 ${onPostgresql.p99} ms`);
    }
    console.log(`render p99 ${app.p99} ms (target ≤ 25 ms): ${app.p99 <= 25 ? "met" : "MISS"}`);

    const bombUrl = `http://localhost:${APP_PORT}/api/v1/documents/bomb/render`;
    const underAttack = load(url, headers, body);
    const bombs = await hostileRenders(bombUrl, headers, 4, underAttack);
    const attacked = await underAttack;
    const answered = [...bombs].map(([status, count]) => `${count} × ${status}`).join(", ");
    console.log(`\nWith 4 connections sending hostile renders without pause (${answered}):`);
    console.log(row("render endpoint", attacked) + `   slowest ${attacked.max} ms`);
    console.log(`slowest ordinary answer ${attacked.max} ms (target ≤ 200 ms): ${attacked.max <= 200 ? "met" : "MISS"}; p99 ${(attacked.p99 / Math.max(app.p99, 1)).toFixed(1)}x the quiet run's`);
  } finally {
    stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
