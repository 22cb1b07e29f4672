/**
 * Prisma 6.19's query compiler (Wasm) turns every query into a plan anew, even one it compiled
 * a moment ago: on the library and document pages that was 8–9 compilations per request and a
 * fifth of the server's CPU. A plan depends only on the request text (model, action, arguments
 * with their values) and the compiler it came from, so reads are memoized here per compiler.
 * Writes are not: their arguments (document text, timestamps) rarely repeat. Each hit hands
 * out a copy, so nothing that reads a plan can change the one kept.
 */
const READS = new Set(["findUnique", "findUniqueOrThrow", "findFirst", "findFirstOrThrow", "findMany", "count", "aggregate", "groupBy"]);
const MAX_PLANS = 2000;
/** Longer requests (long `in` lists, searches for long text) are compiled each time. */
const MAX_REQUEST_CHARS = 4096;
const PATCHED = Symbol.for("dramatis.queryPlanCache");
const stats = { hits: 0, misses: 0 };

/** Plans served from the cache and compiled, since the process started (for tests and benchmarks). */
export function queryPlanStats(): { hits: number; misses: number } {
  return { ...stats };
}

interface QueryCompilerLike {
  compile(request: string): unknown;
  compileBatch(request: string): unknown;
}

/**
 * Whether every action a request names is a read. The structural `"action":"…"` keys are the
 * only unescaped ones; a column named `action` in a filter only ever adds a name to check, so
 * a write can never pass for a read.
 */
export function onlyReads(request: string): boolean {
  let found = false;
  for (const [, action] of request.matchAll(/"action":"([^"\\]*)"/g)) {
    if (!READS.has(action!)) return false;
    found = true;
  }
  return found;
}

/** Makes every compiler of `QueryCompiler` (the class from Prisma's query_compiler_bg module) keep the plans of reads. */
export function cacheQueryPlans(QueryCompiler: { prototype: QueryCompilerLike }): void {
  const prototype = QueryCompiler.prototype as QueryCompilerLike & { [PATCHED]?: true };
  if (prototype[PATCHED]) return;
  prototype[PATCHED] = true;
  const plansOf = new WeakMap<object, Map<string, unknown>>();
  const memoize = (method: "compile" | "compileBatch") => {
    const compile = prototype[method];
    prototype[method] = function (this: QueryCompilerLike, request: string) {
      if (request.length > MAX_REQUEST_CHARS || !onlyReads(request)) return compile.call(this, request);
      let plans = plansOf.get(this);
      if (!plans) plansOf.set(this, (plans = new Map()));
      const key = `${method}:${request}`;
      let plan = plans.get(key);
      if (plan === undefined) {
        stats.misses++;
        plan = compile.call(this, request);
        if (plans.size >= MAX_PLANS) plans.delete(plans.keys().next().value!);
      } else {
        stats.hits++;
        plans.delete(key); // Re-inserted below: the oldest-used plan goes first.
      }
      plans.set(key, plan);
      return structuredClone(plan);
    };
  };
  memoize("compile");
  memoize("compileBatch");
}
