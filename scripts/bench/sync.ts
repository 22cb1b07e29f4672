import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { createApiKey } from "@/lib/server/api-keys/create-api-key";
import { createDb } from "@/lib/server/db/client";
import { migrateDatabase } from "@/lib/server/db/migrate";
import { insertDocument } from "@/lib/server/documents/create-document";
import { SYSTEM_ACTOR } from "@/lib/server/access/actor";
import { main } from "../cli/dramatis/main";
import { removeDatabase } from "../testing/app-server";

/**
 * npm run bench:sync — `dramatis pull` of BENCH_SYNC_DOCS (1,000) documents and `dramatis push`
 * of 100 changed files against the API in a server process of its own (SQLite), each beside
 * the same work done with one API call per document, measured in the same run:
 * GET /documents/{slug}/versions/latest per document, POST /documents/{slug}/versions per file.
 * Targets: pull ≤ 10 s, push ≤ 5 s.
 */
const DOCS = Number(process.env.BENCH_SYNC_DOCS ?? 1000);
const CHANGED = Number(process.env.BENCH_SYNC_CHANGED ?? 100);
const PORT = Number(process.env.BENCH_SYNC_PORT ?? 3197);
const URL_BASE = `http://127.0.0.1:${PORT}`;
const work = fs.mkdtempSync(path.join(os.tmpdir(), "dramatis-bench-sync-"));
const DATABASE_URL = `file:${path.join(work, "bench.db")}`;
const corpusDir = process.env.PERSONA_CORPUS_DIR ?? path.resolve("../shared/personas");

/** Agent-sized documents (~3 KB) made of the corpus's paragraphs. */
function documents(): string[] {
  const paragraphs = fs
    .readdirSync(corpusDir)
    .sort()
    .flatMap((file) => fs.readFileSync(path.join(corpusDir, file), "utf8").split(/\n{2,}/))
    .filter((paragraph) => paragraph.trim().length > 40);
  return Array.from({ length: DOCS }, (_, n) => {
    const parts = [`---\nname: agent-${n}\ndescription: Bench agent ${n}\n---\n`];
    for (let i = 0; parts.join("\n\n").length < 3000; i++) parts.push(paragraphs[(n * 7 + i) % paragraphs.length]!);
    return `${parts.join("\n\n")}\n`;
  });
}

async function seed(): Promise<string> {
  removeDatabase(DATABASE_URL);
  await migrateDatabase(DATABASE_URL);
  const db = createDb(DATABASE_URL);
  const user = await db.user.create({ data: { id: "bench-user", name: "Bench", email: "bench@example.com" } });
  const workspace = await db.workspace.create({ data: { name: "Bench" } });
  await db.membership.create({ data: { workspaceId: workspace.id, userId: user.id, role: "owner" } });
  const texts = documents();
  for (let start = 0; start < texts.length; start += 100) {
    await db.$transaction(async (tx) => {
      for (let n = start; n < Math.min(start + 100, texts.length); n++) {
        await insertDocument(tx, SYSTEM_ACTOR, { workspaceId: workspace.id, slug: `agent-${n}`, title: `Agent ${n}`, format: "agent", content: texts[n]!, message: "seed", authorName: "bench" });
      }
    });
  }
  const { key } = await createApiKey({ db, workspaceId: workspace.id, actor: { type: "user", id: user.id, name: "Bench" }, input: { name: "bench", role: "editor" } });
  await db.$disconnect();
  return key;
}

function startServer(): Promise<() => void> {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/bench/sync-api-server.ts"], {
    env: { ...process.env, DATABASE_URL, PORT: String(PORT), NODE_ENV: "production" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`the API server exited (${code})`)));
    child.stdout.on("data", (chunk: Buffer) => {
      if (chunk.toString().includes("ready")) resolve(() => child.kill("SIGTERM"));
    });
  });
}

async function timed<T>(run: () => Promise<T>): Promise<[number, T]> {
  const start = performance.now();
  const result = await run();
  return [(performance.now() - start) / 1000, result];
}

async function dramatis(cwd: string, key: string, args: string[]): Promise<string> {
  let out = "";
  const code = await main(args, { cwd, env: { DRAMATIS_URL: URL_BASE, DRAMATIS_KEY: key }, stdout: (text) => void (out += text), stderr: (text) => void (out += text) });
  if (code !== 0) throw new Error(`dramatis ${args.join(" ")} exited ${code}: ${out}`);
  return out.trim().split("\n").at(-1)!;
}

async function apiCall(key: string, method: string, pathname: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${URL_BASE}/api/v1${pathname}`, {
    method,
    headers: { authorization: `Bearer ${key}`, ...(body ? { "content-type": "application/json" } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  if (!response.ok) throw new Error(`${method} ${pathname}: ${response.status}`);
  return response.json();
}

async function benchmark() {
  console.log(`seeding ${DOCS} documents…`);
  const key = await seed();
  const stop = await startServer();
  try {
    const folder = path.join(work, "repo");
    fs.mkdirSync(folder);
    const rows: [string, number, number, number][] = [];

    const [pull, pullLine] = await timed(() => dramatis(folder, key, ["pull"]));
    const [single] = await timed(async () => {
      for (let n = 0; n < DOCS; n++) await apiCall(key, "GET", `/documents/agent-${n}/versions/latest`);
    });
    rows.push([`pull ${DOCS} documents (${pullLine})`, pull, single, 10]);

    const [noop] = await timed(() => dramatis(folder, key, ["pull"]));
    const [status] = await timed(() => dramatis(folder, key, ["status", "--check"]));

    for (let n = 0; n < CHANGED; n++) fs.appendFileSync(path.join(folder, `agent-${n}.md`), `\nEdited in the repository (${n}).\n`);
    const [push, pushLine] = await timed(() => dramatis(folder, key, ["push"]));
    const [singlePush] = await timed(async () => {
      for (let n = CHANGED; n < 2 * CHANGED; n++) {
        const head = (await apiCall(key, "GET", `/documents/agent-${n}/versions/latest`)) as { number: number; content: string };
        await apiCall(key, "POST", `/documents/agent-${n}/versions`, { content: `${head.content}\nEdited one by one.\n`, baseVersion: head.number });
      }
    });
    rows.push([`push ${CHANGED} changed files (${pushLine})`, push, singlePush, 5]);

    console.log("\n| what | dramatis | one API call per document | target |\n| --- | --- | --- | --- |");
    for (const [what, ours, theirs, target] of rows) {
      console.log(`| ${what} | ${ours.toFixed(2)} s | ${theirs.toFixed(2)} s (${(theirs / ours).toFixed(1)}×) | ≤ ${target} s: ${ours <= target ? "met" : "MISSED"} |`);
    }
    console.log(`| pull again, nothing changed | ${noop.toFixed(2)} s | | |`);
    console.log(`| status --check of ${DOCS} files | ${status.toFixed(2)} s | | |`);
    console.log(`\n(load average ${os.loadavg().map((value) => value.toFixed(1)).join(", ")}; the single calls for the push read the head and save: 2 calls per file)`);
  } finally {
    stop();
    fs.rmSync(work, { recursive: true, force: true });
  }
}

benchmark().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
