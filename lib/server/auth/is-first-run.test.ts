import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDb, createTestMember } from "../testing/test-db";
import { isFirstRun } from "./is-first-run";

let env: ReturnType<typeof createTestDb>;
beforeEach(() => {
  env = createTestDb();
});
afterEach(() => env.cleanup());

describe("isFirstRun", () => {
  it("is true on a database without accounts and false once one exists", async () => {
    expect(await isFirstRun({ db: env.db })).toBe(true);
    await createTestMember(env.db, { name: "Olive" });
    expect(await isFirstRun({ db: env.db })).toBe(false);
  });
});
