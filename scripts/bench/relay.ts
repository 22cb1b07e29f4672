import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createPostgresRelay } from "@/lib/server/instances/postgres-relay";
import type { Relay } from "@/lib/server/instances/relay";
import { createRedisRelay } from "./redis-relay";

/**
 * npm run bench:relay — the two ways instances could pass live-draft changes and events to
 * each other, measured side by side in one run: PostgreSQL LISTEN/NOTIFY (the app's relay) and
 * Redis pub/sub. Two relays in this process stand for two instances; each figure is the time
 * from `publish` on one to the handler on the other:
 *   - latency of a keystroke-sized message (60 bytes, a Yjs update plus framing), one at a time;
 *   - latency of a 100 KB message (a pasted document), one at a time;
 *   - throughput: 20,000 keystroke-sized messages published without waiting.
 * PostgreSQL: BENCH_PG_URL (a database to NOTIFY through), else skipped with a line saying so.
 * Redis: BENCH_REDIS_PORT, else a throwaway `redis-server` when one is installed, else skipped.
 */
const SMALL = 60;
const LARGE = 100 * 1024;

interface Figures { name: string; smallP50: number; smallP95: number; largeP50: number; largeP95: number; perSecond: number }

async function measure(name: string, a: Relay, b: Relay): Promise<Figures> {
  let received: ((payload: Uint8Array) => void) | null = null;
  const off = await b.subscribe("bench", (payload) => received?.(payload));
  const oneWay = async (size: number, count: number) => {
    const times: number[] = [];
    const payload = new Uint8Array(size).fill(7);
    for (let i = 0; i < count; i++) {
      const start = performance.now();
      await new Promise<void>((resolve) => {
        received = () => resolve();
        void a.publish("bench", payload);
      });
      times.push(performance.now() - start);
    }
    times.sort((x, y) => x - y);
    return { p50: times[Math.floor(count * 0.5)]!, p95: times[Math.floor(count * 0.95)]! };
  };
  await oneWay(SMALL, 50); // warm-up
  const small = await oneWay(SMALL, 1000);
  const large = await oneWay(LARGE, 100);
  const total = 20_000;
  const start = performance.now();
  await new Promise<void>((resolve) => {
    let count = 0;
    received = () => ++count === total && resolve();
    const payload = new Uint8Array(SMALL).fill(3);
    for (let i = 0; i < total; i++) void a.publish("bench", payload);
  });
  const perSecond = total / ((performance.now() - start) / 1000);
  await off();
  return { name, smallP50: small.p50, smallP95: small.p95, largeP50: large.p50, largeP95: large.p95, perSecond };
}

async function redisPort(): Promise<{ port: number; server?: ChildProcess } | null> {
  if (process.env.BENCH_REDIS_PORT) return { port: Number(process.env.BENCH_REDIS_PORT) };
  if (spawnSync("redis-server", ["--version"]).status !== 0) return null;
  const port = 6395;
  const server = spawn("redis-server", ["--port", String(port), "--save", "", "--appendonly", "no"], { stdio: "ignore" });
  await new Promise((resolve) => setTimeout(resolve, 300));
  return { port, server };
}

async function main() {
  const results: Figures[] = [];
  const pgUrl = process.env.BENCH_PG_URL;
  if (pgUrl) {
    // Before: each NOTIFY's commit waited for its WAL flush (PostgreSQL's default), which only
    // shows on a server that fsyncs (not the tests' throwaway cluster).
    for (const [name, durableNotify] of [["PG, NOTIFY waits fsync", true], ["PostgreSQL LISTEN/NOTIFY", false]] as const) {
      const [a, b] = [createPostgresRelay(pgUrl, { durableNotify }), createPostgresRelay(pgUrl, { durableNotify })];
      results.push(await measure(name, a, b));
      await Promise.all([a.close(), b.close()]);
    }
  } else {
    console.log("PostgreSQL: skipped (set BENCH_PG_URL to a database it may NOTIFY through)");
  }
  const redis = await redisPort();
  if (redis) {
    const [a, b] = await Promise.all([createRedisRelay(redis.port), createRedisRelay(redis.port)]);
    results.push(await measure("Redis pub/sub", a, b));
    await Promise.all([a.close(), b.close()]);
    redis.server?.kill();
  } else {
    console.log("Redis: skipped (no redis-server installed and BENCH_REDIS_PORT unset)");
  }
  const ms = (n: number) => `${n.toFixed(2)} ms`;
  console.log("\nrelay                     | 60 B p50 / p95        | 100 KB p50 / p95      | 60 B messages/s");
  for (const r of results) {
    console.log(`${r.name.padEnd(25)} | ${ms(r.smallP50).padStart(9)} / ${ms(r.smallP95).padEnd(9)} | ${ms(r.largeP50).padStart(9)} / ${ms(r.largeP95).padEnd(9)} | ${Math.round(r.perSecond)}`);
  }
}

main().then(() => process.exit(0), (error: unknown) => {
  console.error(error);
  process.exit(1);
});
