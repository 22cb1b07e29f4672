import { gzipSync } from "node:zlib";
import { createDb } from "@/lib/server/db/client";
import { prepareDatabase } from "@/lib/server/db/prepare-database";
import { removeDatabase, startAppServer } from "../testing/app-server";
import { browserCookies, signUpOwner } from "../testing/sign-up-owner";
import { buildIfStale } from "../dev/build-if-stale";
import { measureInChromium, runBenchmark } from "./bench-run";

/**
 * JavaScript a browser downloads for the library page and the document page (Monaco and its
 * worker included), as raw and gzip bytes. Runs the production build against a scratch database.
 */
const PORT = Number(process.env.BENCH_PORT ?? 3300);
const DATABASE_URL = "file:test-results/bench-bundle.db";
const PAGES = { library: "/", document: "/d/release-notes-writer" };

async function main() {
  buildIfStale();
  removeDatabase(DATABASE_URL);
  await prepareDatabase(DATABASE_URL);
  const server = await startAppServer({ port: PORT, databaseUrl: DATABASE_URL });
  // Both pages need a session; the owner's first workspace receives the example documents.
  const db = createDb(DATABASE_URL);
  const { cookie } = await signUpOwner(`http://localhost:${PORT}`, db);
  await db.$disconnect();
  await measureInChromium(server, async (browser) => {
    const context = await browser.newContext();
    await context.addCookies(browserCookies(cookie));
    console.log("page       files  raw KB  gzip KB");
    for (const [name, path] of Object.entries(PAGES)) {
      const page = await context.newPage();
      // By URL: Monaco's worker asks again for a chunk the page already has (the cache answers).
      const bodies = new Map<string, Promise<Buffer | null>>();
      page.on("response", (response) => {
        const type = response.headers()["content-type"] ?? "";
        if (type.includes("javascript") && !bodies.has(response.url())) bodies.set(response.url(), response.body().catch(() => null));
      });
      await page.goto(`http://localhost:${PORT}${path}`, { waitUntil: "networkidle" });
      if (name === "document") await page.locator(".monaco-editor .view-lines").waitFor();
      await page.waitForLoadState("networkidle");
      const files = (await Promise.all(bodies.values())).filter((body): body is Buffer => body !== null);
      const raw = files.reduce((sum, body) => sum + body.length, 0);
      const gzip = files.reduce((sum, body) => sum + gzipSync(body).length, 0);
      console.log(`${name.padEnd(10)} ${String(files.length).padStart(5)} ${(raw / 1024).toFixed(0).padStart(7)} ${(gzip / 1024).toFixed(0).padStart(8)}`);
      await page.close();
    }
  });
}

runBenchmark(main);
