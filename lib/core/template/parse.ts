import type { TemplateNode } from "./ast";
import { detectDialect } from "./detect-dialect";
import { fencedRanges } from "../text/fences";
import { parseGo } from "./go/parse";
import { goNodes, type GoTree } from "./go/tree";
import { collectGoVariables } from "./go/variables";
import { collectJinjaVariables } from "./jinja/variables";
import { parseJinja } from "./jinja/parse";
import { parseMustache } from "./mustache/parse";
import { collectMustacheVariables } from "./mustache/variables";
import { mustacheNodes, type MustacheTree } from "./mustache/tree";
import { LineIndex, MAX_PROBLEMS, type TemplateOrigin } from "./positions";
import type { Dialect, TemplateBlock, TemplateInclude, TemplateProblem, TemplateVariable } from "./types";

export interface ParsedTemplate {
  dialect: Dialect;
  source: string;
  nodes: TemplateNode[];
  problems: TemplateProblem[];
  variables: TemplateVariable[];
  includes: TemplateInclude[];
  /** Inheritance blocks, parents and definitions, in document order. */
  blocks: TemplateBlock[];
  /**
   * A mustache parse as columns, which the engine renders from; `nodes` is built from it only
   * when something reads it (see mustache/tree.ts for why).
   */
  mustache?: MustacheTree;
  /** A Go parse as columns, the same way (see go/tree.ts). */
  go?: GoTree;
}

export interface ParseOptions {
  dialect?: Dialect;
  ignoreFencedCode?: boolean;
}

/** At most MAX_PROBLEMS problems; the last one says how many more there were. */
function capped(problems: TemplateProblem[], dropped: number): TemplateProblem[] {
  const total = problems.length + dropped;
  if (total <= MAX_PROBLEMS) return problems;
  const kept = problems.slice(0, MAX_PROBLEMS - 1);
  const last = problems[MAX_PROBLEMS - 1] ?? problems[problems.length - 1]!;
  kept.push({ ...last, message: `${total - MAX_PROBLEMS + 1} more problems, from line ${last.range.start.line} on` });
  return kept;
}

/**
 * Parses a template into nodes with exact source positions, its variables and its includes.
 * Never throws, on any input: what cannot be parsed is a problem with a range and a message.
 */
export function parseTemplate(source: string, options: ParseOptions = {}): ParsedTemplate {
  const dialect = options.dialect ?? detectDialect(source);
  if (dialect === "none") {
    return { dialect, source, nodes: source ? [{ type: "text", text: source }] : [], problems: [], variables: [], includes: [], blocks: [] };
  }
  const origin: TemplateOrigin = { source, lines: new LineIndex(source) };
  const fences = options.ignoreFencedCode ? fencedRanges(source) : null;
  if (dialect === "jinja") {
    const { nodes, problems } = parseJinja(origin, fences);
    return { dialect, source, nodes, problems, ...collectJinjaVariables(nodes) };
  }
  if (dialect === "mustache") {
    const parsed = parseMustache(origin, fences);
    const tree = parsed.tree;
    let nodes: TemplateNode[] | null = null;
    return {
      dialect,
      source,
      get nodes() {
        return (nodes ??= mustacheNodes(tree));
      },
      problems: capped(parsed.problems, parsed.dropped),
      ...collectMustacheVariables(tree),
      mustache: tree,
    };
  }
  const parsed = parseGo(origin, fences);
  const tree = parsed.tree;
  let nodes: TemplateNode[] | null = null;
  return {
    dialect,
    source,
    get nodes() {
      return (nodes ??= goNodes(tree));
    },
    problems: capped(parsed.problems, parsed.dropped),
    ...collectGoVariables(tree),
    go: tree,
  };
}
