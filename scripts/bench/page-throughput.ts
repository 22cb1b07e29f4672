import { spawn } from "node:child_process";
import fs from "node:fs";

export interface Throughput {
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
  /** CPU the measured process spent per answered request (ms), when its pid is given. */
  cpuPerRequest: number | null;
}

/** User plus system CPU time of a process so far, in ms (Linux /proc; clock ticks are 1/100 s). */
export function cpuMs(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  // After the command name: utime and stime are fields 14 and 15 of the whole line.
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** autocannon in its own process (GET `url`, `connections` at once, `seconds` long). */
export function load(url: string, { connections, seconds, headers = {}, pid }: { connections: number; seconds: number; headers?: Record<string, string>; pid?: number }): Promise<Throughput> {
  const args = ["-c", String(connections), "-d", String(seconds), "--json"];
  for (const [name, value] of Object.entries(headers)) args.push("-H", `${name}:${value}`);
  const cpuBefore = pid ? cpuMs(pid) : 0;
  const child = spawn("node_modules/.bin/autocannon", [...args, url], { stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  let err = "";
  child.stdout.on("data", (chunk: Buffer) => (out += chunk));
  child.stderr.on("data", (chunk: Buffer) => (err += chunk));
  return new Promise((resolve, reject) =>
    child.on("close", (code) => {
      if (code !== 0) return reject(new Error(err));
      const r = JSON.parse(out) as { requests: { average: number; total: number }; latency: { p50: number; p99: number }; non2xx: number; errors: number };
      const cpuPerRequest = pid && r.requests.total > 0 ? (cpuMs(pid) - cpuBefore) / r.requests.total : null;
      resolve({ rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, non2xx: r.non2xx, errors: r.errors, cpuPerRequest });
    }),
  );
}

/**
 * Server CPU per request with one request at a time (after `warmup` unreported ones): what a
 * render costs, free of the queueing and abandoned requests of an overloaded run.
 */
export async function cpuPerRender(url: string, { pid, headers = {}, count = 40, warmup = 5 }: { pid: number; headers?: Record<string, string>; count?: number; warmup?: number }): Promise<number> {
  const get = async () => {
    const response = await fetch(url, { headers });
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
  };
  for (let i = 0; i < warmup; i++) await get();
  const before = cpuMs(pid);
  for (let i = 0; i < count; i++) await get();
  return (cpuMs(pid) - before) / count;
}

export function throughputRow(name: string, r: Throughput): string {
  const cpu = r.cpuPerRequest === null ? "" : `   CPU ${r.cpuPerRequest.toFixed(1).padStart(5)} ms/req`;
  return `${name.padEnd(28)} ${r.rps.toFixed(0).padStart(7)} req/s   p50 ${String(r.p50).padStart(5)} ms   p99 ${String(r.p99).padStart(5)} ms${cpu}   non-2xx ${r.non2xx}  errors ${r.errors}`;
}
