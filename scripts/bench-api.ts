import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createApiKey } from "@/lib/server/api-keys/create-api-key";
import { createDb } from "@/lib/server/db/client";
import { prepareDatabase } from "@/lib/server/db/prepare-database";
import { setLabel } from "@/lib/server/labels/set-label";
import { SYSTEM_ACTOR } from "@/lib/server/access/actor";
import { removeDatabase, startAppServer, waitForUrl } from "./bench/app-server";
import { signUpOwner } from "./bench/sign-up-owner";
import { buildIfStale } from "./build-if-stale";

/**
 * npm run bench:api — the render endpoint by label under load (autocannon in a second
 * process, 10 s, 50 connections), side by side with a bare Node server returning the same
 * bytes, in the same run. Prints both throughputs, their ratio and the p99 latencies.
 */
const APP_PORT = 3310;
const BARE_PORT = 3311;
const DURATION_S = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 50;
const DB_URL = "file:test-results/bench-api.db";

function load(url: string, headers: Record<string, string>, body: string) {
  const args = ["-c", String(CONNECTIONS), "-d", String(DURATION_S), "-m", "POST", "-b", body, "--json"];
  for (const [name, value] of Object.entries(headers)) args.push("-H", `${name}=${value}`);
  const run = spawnSync("node_modules/.bin/autocannon", [...args, url], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(run.stderr);
  const result = JSON.parse(run.stdout) as { requests: { average: number }; latency: { p99: number; p50: number }; non2xx: number; errors: number };
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, non2xx: result.non2xx, errors: result.errors };
}

async function main() {
  buildIfStale();
  removeDatabase(DB_URL);
  await prepareDatabase(DB_URL);
  const app = await startAppServer({ port: APP_PORT, databaseUrl: DB_URL });
  const db = createDb(DB_URL);
  const { workspaceId } = await signUpOwner(`http://localhost:${APP_PORT}`, db);
  const { key } = await createApiKey({ db, workspaceId, actor: SYSTEM_ACTOR, input: { name: "bench" } });
  await setLabel({
    db,
    input: { slug: "release-notes-writer", name: "production", version: 1, actorName: "bench" },
    actor: SYSTEM_ACTOR,
    role: "owner",
  });
  await db.$disconnect();

  let bareServer: ChildProcess | null = null;
  const stop = () => {
    void app.stop();
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
    load(url, headers, body); // warm-up is not reported
    const app = load(url, headers, body);
    const bare = load(`http://127.0.0.1:${BARE_PORT}/`, headers, body);
    const bareBytes = await (await fetch(`http://127.0.0.1:${BARE_PORT}/`)).text();
    if (bareBytes !== bytes) throw new Error("the bare server did not return the render endpoint's bytes");
    const row = (name: string, r: typeof app) =>
      `${name.padEnd(22)} ${r.rps.toFixed(0).padStart(8)} req/s   p50 ${String(r.p50).padStart(4)} ms   p99 ${String(r.p99).padStart(4)} ms   non-2xx ${r.non2xx}  errors ${r.errors}`;
    console.log(row("render endpoint", app));
    console.log(row("bare node http", bare));
    const ratio = app.rps / bare.rps;
    console.log(`\nratio ${ratio.toFixed(2)}x of the bare server (target ≥ 0.25x): ${ratio >= 0.25 ? "met" : "MISS"}`);
    console.log(`render p99 ${app.p99} ms (target ≤ 25 ms): ${app.p99 <= 25 ? "met" : "MISS"}`);
  } finally {
    stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
