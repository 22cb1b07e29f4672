import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startAppServer, waitForUrl } from "./app-server";

type App = Awaited<ReturnType<typeof startAppServer>>;

/**
 * The repo's nginx config (deploy/nginx/dramatis.conf) with only its ports changed: the
 * upstream's servers and the listening port. Everything else is tested as shipped.
 */
export function nginxSiteConfig(appPorts: number[], proxyPort: number): string {
  const shipped = fs.readFileSync(path.resolve("deploy/nginx/dramatis.conf"), "utf8");
  const servers = shipped.match(/^\s*server 127\.0\.0\.1:\d+ .*$/gm);
  if (!servers || servers.length < 2) throw new Error("deploy/nginx/dramatis.conf no longer lists its upstream servers as expected");
  const options = servers[0]!.replace(/^\s*server 127\.0\.0\.1:\d+/, "");
  return shipped
    .replace(servers.join("\n"), appPorts.map((port) => `    server 127.0.0.1:${port}${options}`).join("\n"))
    .replace(/listen \d+;/, `listen ${proxyPort};`);
}

/** nginx in the foreground with its own prefix, pid file and logs, serving `site`. */
export async function startNginx(site: string, proxyPort: number): Promise<{ stop: () => Promise<void> }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dramatis-nginx-"));
  fs.chmodSync(dir, 0o777); // workers run as nobody when the master is root
  fs.writeFileSync(path.join(dir, "dramatis.conf"), site);
  const temp = ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map((name) => `${name}_temp_path ${dir}/${name};`).join(" ");
  fs.writeFileSync(
    path.join(dir, "nginx.conf"),
    `daemon off; master_process on; worker_processes 1; pid ${dir}/nginx.pid; error_log ${dir}/error.log warn;
events { worker_connections 1024; }
http { access_log off; ${temp} include ${dir}/dramatis.conf; }
`,
  );
  const child: ChildProcess = spawn("nginx", ["-p", dir, "-c", path.join(dir, "nginx.conf")], { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr?.on("data", (data: Buffer) => (stderr += data.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  try {
    await waitForUrl(`http://localhost:${proxyPort}/api/v1/openapi.json`, undefined, 30_000);
  } catch (error) {
    child.kill("SIGTERM");
    throw new Error(`nginx did not come up: ${stderr || (error as Error).message}`);
  }
  return {
    stop: async () => {
      child.kill("SIGTERM");
      await exited;
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Two (or more) app instances on one PostgreSQL database behind the repo's nginx config. The
 * first instance starts alone (it applies the migrations), the others after it. `restart` and
 * `crash` act on one instance; the proxy keeps serving through the others.
 */
export async function startInstancesBehindNginx({ databaseUrl, appPorts, proxyPort }: { databaseUrl: string; appPorts: number[]; proxyPort: number }) {
  process.env.TRUST_PROXY = "1";
  // The public address is the proxy's (sign-in checks the browser's origin against it).
  process.env.DRAMATIS_URL = `http://localhost:${proxyPort}`;
  const apps: App[] = [];
  for (const port of appPorts) apps.push(await startAppServer({ port, databaseUrl }));
  const nginx = await startNginx(nginxSiteConfig(appPorts, proxyPort), proxyPort);
  return {
    proxyUrl: `http://localhost:${proxyPort}`,
    appUrls: appPorts.map((port) => `http://localhost:${port}`),
    crash: (index: number) => apps[index]!.crash(),
    restart: async (index: number) => {
      apps[index] = await startAppServer({ port: appPorts[index]!, databaseUrl });
    },
    stop: async () => {
      await nginx.stop();
      await Promise.all(apps.map((app) => app.stop()));
    },
  };
}
