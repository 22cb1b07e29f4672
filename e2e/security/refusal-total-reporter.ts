import fs from "node:fs";
import path from "node:path";
import type { FullConfig, FullResult, Reporter, Suite, TestCase, TestResult } from "@playwright/test/reporter";

/**
 * Fails the run when the security specs together refused fewer than MIN_REFUSALS requests: a
 * floor that catches checks quietly dropped from the suite. Tests run in several workers, so
 * each carries its own count in an annotation (refusals.ts) and this reporter, in the runner
 * process, adds them up.
 *
 * The floor is for the whole set only: it is checked when every test declared in
 * e2e/security/*.spec.ts is in the run. One file, a --grep, a line filter or a shard prints
 * the count and checks nothing.
 */
export const MIN_REFUSALS = 100;
/** The annotation in which each security test reports how many refusals it saw. */
export const REFUSALS_ANNOTATION = "refusals";

const SECURITY_DIR = __dirname;
const key = (file: string, title: string) => `${file}\u0000${title}`;

/** The titles of the top-level `test("…", …)` calls of each security spec, read from the files. */
function declaredTests(): Set<string> {
  const declared = new Set<string>();
  for (const name of fs.readdirSync(SECURITY_DIR).filter((file) => file.endsWith(".spec.ts"))) {
    const file = path.join(SECURITY_DIR, name);
    for (const match of fs.readFileSync(file, "utf8").matchAll(/^test\(\s*(["'`])(.*?)\1/gm)) declared.add(key(file, match[2]!));
  }
  return declared;
}

export default class RefusalTotalReporter implements Reporter {
  private active = false;
  private notWhole = "";
  /** Refusals by test, from each test's last result (a retry replaces the count). */
  private readonly counts = new Map<string, number>();

  printsToStdio(): boolean {
    return false;
  }

  onBegin(config: FullConfig, suite: Suite): void {
    const inRun = suite.allTests().filter((test) => test.location.file.startsWith(SECURITY_DIR + path.sep));
    this.active = inRun.length > 0;
    const ran = new Set(inRun.map((test) => key(test.location.file, test.title)));
    const missing = [...declaredTests()].filter((declared) => !ran.has(declared)).length;
    if (config.shard) this.notWhole = `shard ${config.shard.current} of ${config.shard.total}`;
    else if (missing > 0) this.notWhole = `${missing} security test${missing === 1 ? "" : "s"} not in this run`;
  }

  onTestEnd(test: TestCase, result: TestResult): void {
    if (!this.active || !test.location.file.startsWith(SECURITY_DIR + path.sep)) return;
    const counted = result.annotations.find((annotation) => annotation.type === REFUSALS_ANNOTATION);
    this.counts.set(test.id, Number(counted?.description ?? 0));
  }

  async onEnd(result: FullResult): Promise<{ status: FullResult["status"] } | undefined> {
    if (!this.active) return undefined;
    const total = [...this.counts.values()].reduce((sum, n) => sum + n, 0);
    if (this.notWhole) {
      console.log(`security suite: ${total} requests refused (the floor of ${MIN_REFUSALS} is checked only when all of e2e/security runs: ${this.notWhole})`);
      return undefined;
    }
    console.log(`security suite: ${total} requests refused (floor ${MIN_REFUSALS})`);
    if (total >= MIN_REFUSALS || result.status === "interrupted" || result.status === "timedout") return undefined;
    console.error(`security suite: only ${total} requests refused, below the floor of ${MIN_REFUSALS}: a check was dropped or stopped early.`);
    return { status: "failed" };
  }
}
