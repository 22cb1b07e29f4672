import type { ServerResponse } from "node:http";

const METHODS = ["writeHead", "write", "end", "flushHeaders"] as const;
type Method = (typeof METHODS)[number];

/**
 * Next answers a page whose database query failed with its error page and status 500, and
 * better-auth's endpoints with a bare 500. While the database is away that is not a bug: this
 * holds back a 500 before any byte of it leaves, asks `isDown`, and when the database is
 * indeed out of reach lets `answer` write a 503 instead (with Retry-After; nothing else of
 * the held answer goes out). Any other status, or a 500 with the database up, passes unchanged.
 *
 * Installed before Next wraps the response (its compression wraps these same methods), so the
 * held bytes may be compressed ones; the 503 is written past those wrappers, uncompressed.
 */
export function answerOutageInsteadOf500(
  res: ServerResponse,
  { isDown, answer }: { isDown: () => Promise<boolean>; answer: () => void },
): void {
  const original = Object.fromEntries(METHODS.map((name) => [name, res[name]])) as Pick<ServerResponse, Method>;
  let state: "undecided" | "passing" | "holding" | "replaced" = "undecided";
  const held: Array<() => void> = [];

  const decide = (status: number) => {
    if (state !== "undecided") return;
    if (status !== 500) {
      state = "passing";
      return;
    }
    state = "holding";
    void isDown()
      .catch(() => false)
      .then((down) => {
        if (!down) {
          state = "passing";
          for (const call of held.splice(0)) call();
          return;
        }
        state = "replaced";
        // Whatever wraps these now (compression) keeps its half-written stream to itself.
        const wrappers = Object.fromEntries(METHODS.map((name) => [name, res[name]]));
        Object.assign(res, original);
        res.removeHeader("content-encoding");
        res.removeHeader("transfer-encoding");
        try {
          answer();
        } finally {
          Object.assign(res, wrappers);
          for (const call of held.splice(0)) call();
        }
      });
  };

  for (const name of METHODS) {
    const through = original[name] as (...args: unknown[]) => unknown;
    (res as unknown as Record<Method, (...args: unknown[]) => unknown>)[name] = (...args: unknown[]) => {
      decide(name === "writeHead" && typeof args[0] === "number" ? args[0] : res.statusCode);
      if (state === "passing") return through.apply(res, args);
      // Held until the database is asked; dropped (their callbacks still called) once replaced.
      const callback = args.findLast((arg) => typeof arg === "function") as (() => void) | undefined;
      const call = () => (state === "passing" ? through.apply(res, args) : callback?.());
      if (state === "holding") held.push(() => void call());
      else callback?.();
      return name === "write" ? true : name === "flushHeaders" ? undefined : res;
    };
  }
}
