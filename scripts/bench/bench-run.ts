import { chromium, type Browser } from "@playwright/test";

/** Debian's Chromium (Playwright's own download is not reachable here), or CHROMIUM_PATH. */
export function launchBenchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" });
}

/** Runs `measure` in a Chromium; then the browser closes and the app server stops, whether it threw or not. */
export async function measureInChromium(server: { stop: () => Promise<void> }, measure: (browser: Browser) => Promise<void>): Promise<void> {
  try {
    const browser = await launchBenchChromium();
    try {
      await measure(browser);
    } finally {
      await browser.close();
    }
  } finally {
    await server.stop();
  }
}

/** Runs a benchmark's main: an error is printed and the process exits 1. */
export function runBenchmark(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
