import { test as base, expect } from "@playwright/test";

/**
 * Every test runs with the network cut off: any request that is not to this machine is aborted
 * and recorded, and the test fails if one was attempted. This proves the app (Monaco included)
 * works offline.
 */
export const test = base.extend<{ blockedRequests: string[] }>({
  blockedRequests: [
    async ({ context }, use) => {
      const blocked: string[] = [];
      await context.route("**/*", (route) => {
        const { hostname } = new URL(route.request().url());
        if (hostname === "localhost" || hostname === "127.0.0.1") return route.continue();
        blocked.push(route.request().url());
        return route.abort("blockedbyclient");
      });
      await use(blocked);
      expect(blocked, "requests to other hosts were attempted").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
