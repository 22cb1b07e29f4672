import zlib from "node:zlib";
import pg from "pg";
import { cpuMs } from "./page-throughput";

const pct = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))]!;

export interface PageFigures {
  bytes: number;
  gzipBytes: number;
  /** Request to last byte, over localhost: the server's time plus a negligible transfer. */
  p50: number;
  p95: number;
  /** The server process's CPU per page (user + system), the figure a loaded machine does not blur. */
  cpu: number;
  rows: number;
}

/** The library page as a browser gets it from the production server: `count` loads after `warmup`. */
export async function libraryPageFigures(url: string, { cookie, pid, count = 20, warmup = 3 }: { cookie: string; pid: number; count?: number; warmup?: number }): Promise<PageFigures> {
  const get = async () => {
    const start = performance.now();
    const response = await fetch(url, { headers: { cookie } });
    const body = await response.text();
    if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
    return { time: performance.now() - start, body };
  };
  // The first request may land on a kept-alive socket the server closed while the import ran.
  await get().catch(() => get());
  for (let i = 1; i < warmup; i++) await get();
  const times: number[] = [];
  let body = "";
  const before = cpuMs(pid);
  for (let i = 0; i < count; i++) ({ time: times[i]!, body } = await get());
  const cpu = (cpuMs(pid) - before) / count;
  const rows = (body.match(/<tr /g) ?? []).length;
  return { bytes: Buffer.byteLength(body), gzipBytes: zlib.gzipSync(body).length, p50: pct(times, 0.5), p95: pct(times, 0.95), cpu, rows };
}

/**
 * CPU of the work a step makes happen: this process's, plus for PostgreSQL the backends serving
 * our connections (they do the indexing and the searching). Other processes of the database
 * (autovacuum and analyze workers, busy for minutes after a big import) are counted apart, in
 * `background`: added to a search's figure they made every search look ~140 ms slower.
 */
export async function cpuMeter(url: string) {
  const client = url.startsWith("postgres") ? new pg.Client({ connectionString: url }) : null;
  await client?.connect();
  const processes = async () => {
    if (!client) return { ours: 0, background: 0 };
    const { rows } = await client.query<{ pid: number; ours: boolean }>(
      `SELECT pid, backend_type = 'client backend' AS ours FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`,
    );
    const sum = (ours: boolean) => rows.filter((row) => row.ours === ours).reduce((total, row) => total + safeCpu(row.pid), 0);
    return { ours: sum(true), background: sum(false) };
  };
  let background = 0;
  return {
    /** Runs `step` and returns its CPU milliseconds (backends that exit during it are not counted). */
    async measure<T>(step: () => Promise<T>): Promise<[number, T]> {
      const self = process.cpuUsage();
      const before = await processes();
      const result = await step();
      const used = process.cpuUsage(self);
      const after = await processes();
      background = after.background - before.background;
      return [(used.user + used.system) / 1000 + after.ours - before.ours, result];
    },
    /** The CPU the database's background workers (autovacuum) used during the last step. */
    lastBackground: () => background,
    close: () => client?.end(),
  };
}

function safeCpu(pid: number): number {
  try {
    return cpuMs(pid);
  } catch {
    return 0;
  }
}

export { pct };
