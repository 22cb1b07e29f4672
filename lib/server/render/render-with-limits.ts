import { render, type ParsedTemplate, type RenderOptions, type RenderResult } from "@/lib/core/template";
import { MAX_VALUES_DEPTH, nestsDeeperThan } from "@/lib/core/variables/json-depth";
import type { IncludeExpansion } from "../documents/load-include-sources";
import { AppError } from "../errors";

/**
 * The bounds of every render the server does (API, share pages, rendered diffs). A render runs
 * synchronously on the one event loop, so these are what keeps one request from stalling all
 * the others: ~100 ms of work, 10 MB of output, 1,000 include expansions.
 */
export const SERVER_RENDER_LIMITS = {
  budgetMs: 100,
  maxOutputChars: 10_000_000,
  maxIncludeExpansions: 1_000,
} as const satisfies RenderOptions;

export interface LimitedRenderInput {
  template: ParsedTemplate;
  values: Record<string, unknown>;
  /** Sources of included documents and how far they can expand (from loadIncludes). */
  includes?: { sources: Record<string, string>; expansion: IncludeExpansion };
  options?: Pick<RenderOptions, "strict" | "trackSegments">;
}

/**
 * The one way the server renders: refuses values too deep to format and include chains that
 * would expand past the bounds before doing any work, passes the bounds to the engine, and
 * turns a render the engine stopped into a `render_limit` error (422) naming the bound.
 */
export function renderWithLimits({ template, values, includes, options = {} }: LimitedRenderInput): RenderResult {
  if (nestsDeeperThan(values, MAX_VALUES_DEPTH)) {
    throw new AppError("invalid_input", `Values may be nested at most ${MAX_VALUES_DEPTH} levels deep.`);
  }
  if (includes) refuseIncludeBomb(template, includes.expansion);
  const sources = includes?.sources ?? {};
  const result = render(template, values, {
    ...options,
    ...SERVER_RENDER_LIMITS,
    resolveInclude: (name) => sources[name] ?? null,
  });
  if (result.limit) throw renderLimit(result.limit.message, { kind: result.limit.kind });
  if (result.text.length > SERVER_RENDER_LIMITS.maxOutputChars) {
    throw renderLimit(`The output is over ${grouped(SERVER_RENDER_LIMITS.maxOutputChars)} characters.`, { kind: "output" });
  }
  return result;
}

function refuseIncludeBomb(template: ParsedTemplate, expansion: IncludeExpansion) {
  if (expansion.includes > SERVER_RENDER_LIMITS.maxIncludeExpansions) {
    throw renderLimit(
      `Includes would expand ${grouped(expansion.includes)} times (at most ${grouped(SERVER_RENDER_LIMITS.maxIncludeExpansions)}); a document probably includes itself or another one many times per level.`,
      { kind: "includes", expansions: expansion.includes },
    );
  }
  const chars = template.source.length + expansion.chars;
  if (chars > SERVER_RENDER_LIMITS.maxOutputChars) {
    throw renderLimit(
      `Includes would expand to ${grouped(chars)} characters (at most ${grouped(SERVER_RENDER_LIMITS.maxOutputChars)}).`,
      { kind: "output", chars },
    );
  }
}

function renderLimit(message: string, details: Record<string, unknown>): AppError {
  return new AppError("render_limit", `This render was stopped: ${message}`, details);
}

// Not toLocaleString: its first call loads locale data, which cost ~100 ms on a cold server.
function grouped(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}
