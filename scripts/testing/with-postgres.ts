import { spawn, spawnSync, type SpawnSyncOptions } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

/**
 * tsx scripts/testing/with-postgres.ts [--optional] -- <command…>
 *
 * Starts a throwaway PostgreSQL cluster in a temporary folder (as the `postgres` user when run
 * as root: initdb refuses root), runs the command with TEST_DATABASE=postgresql and
 * TEST_POSTGRESQL_URL pointing at it, then stops the cluster and removes the folder. Exits
 * with the command's exit code. Without PostgreSQL's binaries it fails with a clear message,
 * or with --optional outside CI prints that the PostgreSQL pass was skipped and exits 0.
 */
const USER = "dramatis";

export function findPostgresBin(): string | null {
  // PG_BIN, when set, is the only place looked at (also how tests simulate a machine without PostgreSQL).
  if (process.env.PG_BIN) return fs.existsSync(path.join(process.env.PG_BIN, "initdb")) ? process.env.PG_BIN : null;
  const candidates: string[] = [];
  const root = "/usr/lib/postgresql";
  if (fs.existsSync(root)) {
    const versions = fs.readdirSync(root).filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a));
    candidates.push(...versions.map((v) => path.join(root, v, "bin")));
  }
  const onPath = spawnSync("sh", ["-c", "command -v initdb"], { encoding: "utf8" }).stdout.trim();
  if (onPath) candidates.push(path.dirname(fs.realpathSync(onPath)));
  return candidates.find((dir) => dir && fs.existsSync(path.join(dir, "initdb")) && fs.existsSync(path.join(dir, "pg_ctl"))) ?? null;
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Runs a PostgreSQL binary as an unprivileged user: ourselves, or `postgres` when we are root. */
function runPg(bin: string, args: string[], options: SpawnSyncOptions = {}): void {
  const asRoot = process.getuid?.() === 0;
  const [command, argv] = asRoot ? ["runuser", ["-u", "postgres", "--", bin, ...args]] : [bin, args];
  const result = spawnSync(command, argv, { stdio: ["ignore", "pipe", "pipe"], encoding: "utf8", ...options });
  if (result.status !== 0) throw new Error(`${path.basename(bin)} failed: ${result.stderr || result.stdout || result.error?.message}`);
}

export async function startCluster(bin: string): Promise<{ serverUrl: string; stop: () => void }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dramatis-pg-"));
  if (process.getuid?.() === 0) spawnSync("chown", ["postgres", dir]);
  const data = path.join(dir, "data");
  const port = await freePort();
  runPg(path.join(bin, "initdb"), ["-D", data, "-U", USER, "--auth=trust", "--no-sync", "-E", "UTF8", "--locale=C"]);
  // Throwaway data: no fsync, no socket in /var/run (which needs root), TCP on localhost only.
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300`;
  runPg(path.join(bin, "pg_ctl"), ["-D", data, "-o", options, "-l", path.join(dir, "log"), "-w", "start"]);
  let stopped = false;
  return {
    serverUrl: `postgresql://${USER}@127.0.0.1:${port}/postgres`,
    stop: () => {
      if (stopped) return;
      stopped = true;
      try {
        runPg(path.join(bin, "pg_ctl"), ["-D", data, "-m", "immediate", "-w", "stop"]);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

async function main(argv: string[]): Promise<number> {
  const optional = argv[0] === "--optional";
  const command = argv.slice(argv.indexOf("--") + 1);
  if (!argv.includes("--") || command.length === 0) {
    console.error("Usage: tsx scripts/testing/with-postgres.ts [--optional] -- <command…>");
    return 2;
  }
  const bin = findPostgresBin();
  if (!bin) {
    const why = "PostgreSQL's server binaries (initdb, pg_ctl) were not found; install them with `apt-get install -y postgresql` or set PG_BIN.";
    if (optional && process.env.CI !== "true") {
      console.log(`PostgreSQL pass SKIPPED: ${why}`);
      return 0;
    }
    console.error(`PostgreSQL pass FAILED: ${why}`);
    return 1;
  }
  const started = Date.now();
  const cluster = await startCluster(bin);
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => (cluster.stop(), process.exit(130)));
  console.log(`PostgreSQL (${bin}) at ${cluster.serverUrl}, started in ${Date.now() - started} ms`);
  try {
    const child = spawn(command[0]!, command.slice(1), {
      stdio: "inherit",
      env: { ...process.env, TEST_DATABASE: "postgresql", TEST_POSTGRESQL_URL: cluster.serverUrl, PG_BIN: bin },
    });
    return await new Promise<number>((resolve) => child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0))));
  } finally {
    cluster.stop();
    console.log(`PostgreSQL pass took ${Math.round((Date.now() - started) / 1000)} s`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
  main(process.argv.slice(2)).then((code) => process.exit(code));
}
